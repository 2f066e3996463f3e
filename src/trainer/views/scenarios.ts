// What each scenario teaches, for planning a session (the same metadata as docs/scenarios.md).
import { SCENARIOS } from '../../model/scenarios';
import { CHANNEL_LABEL } from '../../model/transcript';
import { PROFILES } from '../../scoring/profiles';
import { RULES } from '../../scoring/rules';
import { h } from '../../ui/dom';
import { section } from './common';

const NAMES = new Map(RULES.map((r) => [r.id as string, r.name]));

export async function renderScenarios(root: HTMLElement): Promise<void> {
  root.replaceChildren(
    section(
      `シナリオ一覧（${SCENARIOS.length}本）`,
      h('p', { class: 'note' }, '研修を作成するとき、実施しないシナリオを外せます。相手の人物像や言い回し、要求の順序は受講ごとに変わることがあります。'),
      h(
        'table',
        { class: 'scenario-table' },
        h('thead', {}, h('tr', {}, ...['シナリオ', '場面・目安', '練習する原則', '根拠'].map((c) => h('th', { scope: 'col' }, c)))),
        h(
          'tbody',
          {},
          ...SCENARIOS.map((s) =>
            h(
              'tr',
              { 'data-scenario': s.id },
              h('td', {}, h('strong', {}, s.title), h('div', {}, `${s.type}`), h('div', { class: 'note' }, s.description), s.contentNote ? h('div', { class: 'content-note' }, `内容の注意：${s.contentNote}`) : null),
              h('td', {}, `${CHANNEL_LABEL[s.channel]}・約${s.minutes}分・難易度${'★'.repeat(s.difficulty)}・${PROFILES[s.profile].name}`),
              h('td', {}, h('ul', { class: 'plain' }, ...s.principles.map((p) => h('li', {}, NAMES.get(p) ?? p)))),
              h('td', { class: 'note' }, s.sources.join('／')),
            ),
          ),
        ),
      ),
    ),
  );
}
