// 対応・時系列: the key events, shuffled (seeded, so the server's replay and a re-render agree), put in order by
// the trainee. Each item has 上へ/下へ buttons (keyboard, touch, screen reader; focus follows the item) and
// each move is announced in a live region. Their times are not shown: the order is the question.
import { factsOf } from '../../model/records/facts';
import { hash, random, shuffle } from '../../model/random';
import { h } from '../dom';
import { fieldset, type FieldContext, type FieldView } from './field';

/** The events in a mixed order that is never the true one (when there are two or more). */
export function mixedOrder<T>(events: readonly T[], seed: number): T[] {
  const out = shuffle(events.slice(), random(seed));
  if (out.length > 1 && out.every((e, i) => e === events[i])) out.push(out.shift()!);
  return out;
}

export function timelineField(ctx: FieldContext): FieldView {
  const events = factsOf(ctx.transcript).timeline;
  const order = mixedOrder(events, (ctx.transcript.seed ?? 0) ^ hash(events.map((e) => e.id).join()));
  const list = h('ol', { class: 'reorder', 'aria-describedby': `${ctx.id}-hint` });
  const live = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });

  function draw(focus?: { id: string; dir: 'up' | 'down' }): void {
    list.replaceChildren(...order.map((e, i) => {
      const up = h('button', { type: 'button', class: 'move', 'data-dir': 'up', 'aria-label': `「${e.label}」を上へ` }, '上へ');
      const down = h('button', { type: 'button', class: 'move', 'data-dir': 'down', 'aria-label': `「${e.label}」を下へ` }, '下へ');
      up.disabled = i === 0;
      down.disabled = i === order.length - 1;
      up.addEventListener('click', () => move(i, -1));
      down.addEventListener('click', () => move(i, 1));
      return h('li', { 'data-event': e.id }, h('span', { class: 'pos', 'aria-hidden': 'true', title: 'ドラッグして移動' }, `${i + 1}`), h('span', { class: 'what' }, e.label), h('span', { class: 'buttons' }, up, down));
    }));
    if (!focus) return;
    // Focus stays on the item moved; at the top or bottom its button is disabled, so the other one takes it.
    const li = list.querySelector(`li[data-event="${focus.id}"]`)!;
    const same = li.querySelector<HTMLButtonElement>(`button[data-dir="${focus.dir}"]`)!;
    (same.disabled ? li.querySelector<HTMLButtonElement>(`button[data-dir="${focus.dir === 'up' ? 'down' : 'up'}"]`)! : same).focus();
  }

  function place(from: number, to: number, focus?: 'up' | 'down'): void {
    const [item] = order.splice(from, 1);
    order.splice(to, 0, item!);
    draw(focus && { id: item!.id, dir: focus });
    live.textContent = `「${item!.label}」を${to + 1}番目に移動しました（全${order.length}件）。`;
  }

  function move(i: number, by: -1 | 1): void {
    if (i + by >= 0 && i + by < order.length) place(i, i + by, by < 0 ? 'up' : 'down');
  }

  // By pointer or finger (a bonus to the buttons): drag an item by its number onto another's place.
  let dragged: number | null = null;
  const itemAt = (ev: PointerEvent) => document.elementFromPoint(ev.clientX, ev.clientY)?.closest<HTMLElement>('.reorder li[data-event]') ?? null;
  const unmark = () => list.querySelectorAll('.drop').forEach((li) => li.classList.remove('drop'));
  list.addEventListener('pointerdown', (ev) => {
    const grip = (ev.target as Element).closest('.pos');
    if (!grip) return;
    dragged = [...list.children].indexOf(grip.closest('li')!);
    list.setPointerCapture(ev.pointerId);
    ev.preventDefault();
  });
  list.addEventListener('pointermove', (ev) => {
    if (dragged === null) return;
    unmark();
    itemAt(ev)?.classList.add('drop');
  });
  list.addEventListener('pointerup', (ev) => {
    const target = itemAt(ev);
    const to = target ? [...list.children].indexOf(target) : -1;
    if (dragged !== null && to >= 0 && to !== dragged) place(dragged, to);
    dragged = null;
    unmark();
  });
  list.addEventListener('pointercancel', () => {
    dragged = null;
    unmark();
  });

  draw();
  if (!events.length) return { el: fieldset(ctx, h('p', { class: 'hint' }, 'この場面には、時系列に並べる出来事はありません。')), fill() {} };
  return {
    el: fieldset(ctx, h('p', { class: 'hint', id: `${ctx.id}-hint` }, '起きた順に並べ替えます（上が最初）。各項目の「上へ」「下へ」で動かします（番号をドラッグしても動かせます）。'), list, live),
    fill(sheet) {
      if (events.length) sheet.timeline = order.map((e) => e.id);
    },
  };
}
