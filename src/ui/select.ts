// Scenario select: the library in groups (desk, seat or type), each scenario with the trainee's seat, its description,
// length and content note; a content note is confirmed before starting.
import { backToEntry, startScenario } from '../game/controller';
import { groupScenarios, seatText, type Grouping } from '../model/grouping';
import { SCENARIOS, type ScenarioMeta } from '../model/scenarios';
import { CHANNEL_LABEL } from '../model/transcript';
import { store } from '../state/store';
import { h } from './dom';
import { groupingSwitch } from './grouping';

const STARS = ['', '★', '★★', '★★★'];

/** The grouping the trainee chose, kept while the page lives (a content note and back returns to it). */
let grouping: Grouping = 'desk';

function card(s: ScenarioMeta, notes: boolean, root: HTMLElement, error: HTMLElement): HTMLElement {
  const button = h('button', { class: 'scenario', id: `scenario-${s.id}`, 'data-scenario': s.id },
    h('span', { class: 'scenario-title' }, s.title),
    h('span', { class: 'scenario-seat' }, seatText(s)),
    h('span', { class: 'scenario-facts' }, `${s.type}・${CHANNEL_LABEL[s.channel]}・約${s.minutes}分・難易度${STARS[s.difficulty]}`),
    h('span', { class: 'scenario-desc' }, s.description),
    s.contentNote && notes ? h('span', { class: 'content-note' }, `内容の注意：${s.contentNote}`) : null);
  button.addEventListener('click', () => (s.contentNote && notes ? confirmNote(root, s) : start(s, error)));
  return h('li', {}, button);
}

export function renderSelect(root: HTMLElement): void {
  const error = h('p', { class: 'form-error', role: 'alert' });
  const session = store.getState().session;
  const launch = store.getState().launch;
  const offered = SCENARIOS.filter((s) => (session ? session.scenarios.includes(s.id) : true) && (launch?.scenario ? s.id === launch.scenario : true));
  const notes = session?.contentNotes ?? true;
  const groups = h('div', { class: 'scenario-groups' });
  const draw = (): void => {
    groups.replaceChildren(
      ...groupScenarios(offered, grouping).map((g) =>
        h('section', { class: 'scenario-group', 'data-group': g.key, 'aria-labelledby': `group-${g.key}` },
          h('h2', { id: `group-${g.key}` }, `${g.label}（${g.scenarios.length}）`),
          h('ul', { class: 'scenario-list' }, ...g.scenarios.map((s) => card(s, notes, root, error))))),
    );
  };
  const switcher = groupingSwitch('grouping', grouping, (g) => {
    grouping = g;
    draw();
  });
  draw();
  // An LMS gave the learner's name: there is no entry form to go back to.
  const back = launch?.via === 'lms' ? null : h('button', { class: 'secondary', id: 'back-to-entry' }, '戻る');
  back?.addEventListener('click', backToEntry);
  const trainee = store.getState().trainee;
  root.replaceChildren(
    h('section', { class: 'panel select', 'aria-labelledby': 'select-title' },
      h('h1', { id: 'select-title' }, 'シナリオを選んでください'),
      h('p', { class: 'who' }, `${trainee?.name ?? ''}${trainee?.department ? `（${trainee.department}）` : ''}さん・${session ? `研修「${session.name}」` : launch?.via === 'lms' ? 'LMSで受講中' : '自習'}`),
      offered.length > 1 ? switcher : null,
      error, groups, back),
  );
  (groups.querySelector('button') as HTMLElement | null)?.focus();
}

function confirmNote(root: HTMLElement, s: ScenarioMeta): void {
  const error = h('p', { class: 'form-error', role: 'alert' });
  const go = h('button', { class: 'primary', id: 'accept-note' }, '内容を確認して始める');
  const back = h('button', { class: 'secondary', id: 'decline-note' }, 'ほかのシナリオを選ぶ');
  go.addEventListener('click', () => start(s, error));
  back.addEventListener('click', () => renderSelect(root));
  root.replaceChildren(
    h('section', { class: 'panel note', role: 'alertdialog', 'aria-labelledby': 'note-title', 'aria-describedby': 'note-text' },
      h('h1', { id: 'note-title' }, `内容の注意：${s.title}`),
      h('p', { id: 'note-text' }, s.contentNote ?? ''),
      h('p', {}, 'つらいと感じたら、いつでも中断してかまいません。研修担当者に声をかけてください。'),
      error, h('div', { class: 'buttons' }, go, back)),
  );
  go.focus();
}

function start(s: ScenarioMeta, error: HTMLElement): void {
  const trainee = store.getState().trainee;
  if (!trainee) return backToEntry();
  startScenario(trainee, s.id).catch((e: Error) => {
    error.textContent = `シナリオを読み込めませんでした：${e.message}`;
  });
}
