import { SESSION_KINDS, type AttemptSummary } from '../../model/attempt';
import { RESULT_LABEL, VERDICT_LABEL, VERDICT_MARK } from '../../model/report';
import { scenarioById } from '../../model/scenarios';
import { attemptResult } from '../completion';
import { h } from '../../ui/dom';
import { link } from '../api';


export const dateTime = (iso: string) => new Date(iso).toLocaleString('ja-JP', { dateStyle: 'short', timeStyle: 'short' });
export const scenarioTitle = (id: string | null) => scenarioById(id ?? '')?.title ?? id ?? '';

export function attemptsTable(attempts: AttemptSummary[], caption: string): HTMLTableElement {
  return h(
    'table',
    { class: 'attempts' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...['日時', '受講者', '所属', 'シナリオ', '研修', '得点', '判定', '原則ごとの判定'].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...attempts.map((a) =>
        h(
          'tr',
          { 'data-attempt': a.id },
          h('td', {}, h('a', { href: link('attempt', { id: a.id }) }, dateTime(a.createdAt))),
          h('td', {}, h('a', { href: link('trainee', { id: a.identity }) }, a.trainee)),
          h('td', {}, a.department ?? ''),
          h('td', {}, scenarioTitle(a.scenario)),
          h('td', {}, a.session ? `${a.session.name}（${SESSION_KINDS[a.session.kind]}）` : '自習'),
          h('td', { class: a.passed ? 'score pass' : 'score fail' }, String(a.score)),
          h('td', { class: 'result' }, RESULT_LABEL[attemptResult(a)]),
          h('td', {}, h('ul', { class: 'verdicts' }, ...a.principles.filter((p) => p.verdict !== 'not_applicable').map((p) => h('li', { class: p.verdict }, `${VERDICT_MARK[p.verdict]} ${VERDICT_LABEL[p.verdict]} ${p.name}`)))),
        ),
      ),
    ),
  );
}

export function section(title: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}
