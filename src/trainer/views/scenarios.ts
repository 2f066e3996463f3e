// What each scenario teaches, for planning a session (the same metadata as docs/scenarios.md).
import { groupScenarios, seatText, type Grouping } from '../../model/grouping';
import { sourcesOf } from '../../model/scenario-sources';
import { SCENARIOS, type ScenarioMeta } from '../../model/scenarios';
import { CHANNEL_LABEL } from '../../model/transcript';
import { PROFILES } from '../../scoring/profiles';
import { RULES } from '../../scoring/rules';
import { h } from '../../ui/dom';
import { section } from './common';
import { groupingSwitch } from '../../ui/grouping';

const NAMES = new Map(RULES.map((r) => [r.id as string, r.name]));

/** The grouping the planning page shows, kept while the page lives. */
let grouping: Grouping = 'desk';

function row(s: ScenarioMeta): HTMLElement {
  return h(
    'tr',
    { 'data-scenario': s.id },
    h('td', {}, h('strong', {}, s.title), h('div', {}, `${s.type}`), h('div', { class: 'seat' }, seatText(s)), h('div', { class: 'note' }, s.description), s.contentNote ? h('div', { class: 'content-note' }, `内容の注意：${s.contentNote}`) : null),
    h('td', {}, `${CHANNEL_LABEL[s.channel]}・約${s.minutes}分・難易度${'★'.repeat(s.difficulty)}・${PROFILES[s.profile].name}`),
    h('td', {}, h('ul', { class: 'plain' }, ...s.principles.map((p) => h('li', {}, NAMES.get(p) ?? p)))),
    h('td', { class: 'note' }, sourcesOf(s.id).join('／')),
  );
}

export async function renderScenarios(root: HTMLElement): Promise<void> {
  const table = h('table', { class: 'scenario-table' });
  const draw = (): void => {
    // One tbody a group, headed by a row naming it: the same groups as the select screen and the session builder.
    table.replaceChildren(
      h('thead', {}, h('tr', {}, ...['シナリオ', '場面・目安', '練習する原則', '根拠'].map((c) => h('th', { scope: 'col' }, c)))),
      ...groupScenarios(SCENARIOS, grouping).map((g) =>
        h('tbody', { 'data-group': g.key }, h('tr', { class: 'group-row' }, h('th', { scope: 'rowgroup', colspan: '4' }, `${g.label}（${g.scenarios.length}本）`)), ...g.scenarios.map(row)),
      ),
    );
  };
  draw();
  root.replaceChildren(
    section(
      `シナリオ一覧（${SCENARIOS.length}本）`,
      h('p', { class: 'note' }, '研修を作成するとき、実施しないシナリオを外せます。相手の人物像や言い回し、要求の順序は受講ごとに変わることがあります。'),
      groupingSwitch('plan-grouping', grouping, (g) => {
        grouping = g;
        draw();
      }),
      table,
    ),
  );
}
