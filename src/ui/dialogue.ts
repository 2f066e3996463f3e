// Dialogue lines in an aria-live log and choices as real buttons (number keys, Tab, Enter).
// New lines appear one after another at the trainee's text speed; Enter or a click shows the rest at once.
import { choose, currentRules, openRecord, showDebrief } from '../game/controller';
import { wallClock } from '../model/clock';
import { scenarioStart } from '../model/scenarios';
import { sceneSummary } from '../state/scene-text';
import { store, type GameState, type TextSpeed } from '../state/store';
import { h } from './dom';

const DELAY: Record<TextSpeed, number> = { instant: 0, normal: 280, slow: 750 };
/**
 * New options take no pointer input for this long: a click meant for 「続きを表示」 as the last line appeared would
 * land on whatever option now stands there (a reviewer's did, and since options are shown in a seeded order, an act
 * the trainee never chose was scored). Number keys are never held back: pressing one is a choice.
 */
const ARM_MS = 500;

let log: HTMLElement;
let choices: HTMLElement;
let status: HTMLElement;
let shown = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

export function renderDialogue(root: HTMLElement): void {
  log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': '会話' });
  // The scene's summary also describes the choices: focus moves there at once, and a screen reader may
  // drop a polite announcement made just before.
  choices = h('div', { class: 'choices', role: 'group', 'aria-label': 'あなたの対応', 'aria-describedby': 'scene-status' });
  // What the canvas shows, for a screen reader: announced after the new lines, and read with the choices.
  status = h('p', { class: 'sr-only', id: 'scene-status', role: 'status' });
  shown = 0;
  root.replaceChildren(h('section', { class: 'panel dialogue' }, log, status, choices));
  update(store.getState());
}

function appendLine(s: GameState): void {
  const line = s.lines[shown++]!;
  log.append(h('p', { class: line.staff ? 'line staff' : 'line' }, h('span', { class: 'time' }, wallClock(line.t, scenarioStart(s.scenarioId))), line.staff ? `あなた${line.text}` : line.text));
  log.scrollTop = log.scrollHeight;
}

export function update(s: GameState): void {
  if (!log) return;
  if (timer) clearTimeout(timer);
  timer = null;
  const delay = DELAY[s.settings.textSpeed];
  // The trainee's own words appear at once; what follows is paced.
  while (shown < s.lines.length && (delay === 0 || s.lines[shown]!.staff)) appendLine(s);
  if (shown < s.lines.length) {
    const more = h('button', { class: 'more', id: 'show-all' }, '続きを表示（Enter）');
    more.addEventListener('click', () => revealAll());
    choices.replaceChildren(more);
    timer = setTimeout(() => {
      appendLine(store.getState());
      update(store.getState());
    }, delay);
    return;
  }
  showChoices(s);
}

function revealAll(): void {
  const s = store.getState();
  while (shown < s.lines.length) appendLine(s);
  update(s);
}

function showChoices(s: GameState): void {
  const summary = sceneSummary(s, currentRules());
  if (status.textContent !== summary) status.textContent = summary;
  if (s.ending) {
    // Scored already when there is no record to write; else the record sheet comes first.
    const next = h('button', { class: 'choice primary', id: 'to-debrief' }, s.report ? 'ふりかえりへ' : '記録シートを書く');
    next.addEventListener('click', s.report ? showDebrief : openRecord);
    choices.replaceChildren(next);
    arm();
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
  fitChoices();
  arm();
  // The group takes the focus, not option 1: an Enter meant for 「続きを表示」 (or held down) would take option 1.
  // Tab reaches the options, number keys take them; a screen reader reads the group with the scene's summary.
  choices.tabIndex = -1;
  choices.focus();
}

let arming: ReturnType<typeof setTimeout> | null = null;
function arm(): void {
  if (arming) clearTimeout(arming);
  choices.classList.add('arming');
  arming = setTimeout(() => choices.classList.remove('arming'), ARM_MS);
}

/**
 * A choice below the scroll edge is a choice the trainee may never see. When the panel (already as
 * tall as the scene allows) cannot show them all, their text shrinks, to no less than 80%.
 */
export function fitChoices(): void {
  if (!choices?.isConnected) return;
  choices.style.fontSize = '';
  for (let k = 0.95; choices.scrollHeight > choices.clientHeight + 1 && k > 0.79; k -= 0.05) choices.style.fontSize = `${(0.9 * k).toFixed(3)}em`;
}

export function onKey(ev: KeyboardEvent): void {
  if (store.getState().screen !== 'play' || store.getState().settingsOpen || ev.altKey || ev.ctrlKey || ev.metaKey) return;
  if (ev.key === 'Enter' && choices?.querySelector('#show-all')) {
    ev.preventDefault();
    revealAll();
    return;
  }
  const n = Number(ev.key);
  if (!Number.isInteger(n) || n < 1) return;
  // Only the choices on screen can be taken: not while lines are still appearing.
  const button = choices?.querySelectorAll<HTMLButtonElement>('button.choice[data-index]')[n - 1];
  if (button) {
    ev.preventDefault();
    button.click();
  }
}
