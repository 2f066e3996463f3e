// Dialogue lines in an aria-live log and choices as real buttons (number keys, Tab, Enter).
import { choose, showDebrief } from '../game/controller';
import { store, type GameState } from '../state/store';
import { formatClock, h } from './dom';

let log: HTMLElement;
let choices: HTMLElement;
let shown = 0;

export function renderDialogue(root: HTMLElement): void {
  log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': '会話' });
  choices = h('div', { class: 'choices', role: 'group', 'aria-label': 'あなたの対応' });
  shown = 0;
  root.replaceChildren(h('section', { class: 'panel dialogue' }, log, choices));
  update(store.getState());
}

export function update(s: GameState): void {
  if (!log) return;
  for (; shown < s.lines.length; shown++) {
    const line = s.lines[shown]!;
    log.append(h('p', { class: line.staff ? 'line staff' : 'line' }, h('span', { class: 'time' }, formatClock(line.t)), line.staff ? `あなた${line.text}` : line.text));
  }
  log.scrollTop = log.scrollHeight;
  if (s.ending) {
    const next = h('button', { class: 'choice primary', id: 'to-debrief' }, 'ふりかえりへ');
    next.addEventListener('click', showDebrief);
    choices.replaceChildren(next);
    next.focus();
    return;
  }
  choices.replaceChildren(
    ...s.choices.map((c, i) => {
      const b = h('button', { class: 'choice', 'data-index': String(c.index) }, h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), c.text);
      b.addEventListener('click', () => choose(c.index));
      return b;
    }),
  );
  (choices.firstElementChild as HTMLElement | null)?.focus();
}

export function onKey(ev: KeyboardEvent): void {
  if (store.getState().screen !== 'play' || ev.altKey || ev.ctrlKey || ev.metaKey) return;
  const n = Number(ev.key);
  if (!Number.isInteger(n) || n < 1) return;
  const c = store.getState().choices[n - 1];
  if (c) {
    ev.preventDefault();
    choose(c.index);
  }
}
