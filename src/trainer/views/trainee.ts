// One trainee over time: every attempt, onboarding against refresher, principle by principle.
import { SESSION_KINDS, type AttemptSummary, type SessionKind } from '../../model/attempt';
import { PASS_MARK } from '../../scoring/pass';
import { RULES } from '../../scoring/rules';
import { h } from '../../ui/dom';
import { api, link, query } from '../api';
import { scorePlot } from '../svg';
import { attemptsTable, dateTime, scenarioTitle, section } from './common';

type Phase = SessionKind | 'self';
const PHASES: [Phase, string][] = [['onboarding', SESSION_KINDS.onboarding], ['refresher', SESSION_KINDS.refresher], ['other', SESSION_KINDS.other], ['self', '自習']];

export function byPhase(attempts: AttemptSummary[]) {
  return RULES.map((rule) => {
    const cells = PHASES.map(([phase]) => {
      const vs = attempts.filter((a) => (a.session?.kind ?? 'self') === phase).flatMap((a) => a.principles.filter((p) => p.id === rule.id && p.verdict !== 'not_applicable'));
      return vs.length ? `${vs.filter((v) => v.verdict === 'upheld').length}/${vs.length}` : '−';
    });
    return { name: rule.name, cells };
  }).filter((r) => r.cells.some((c) => c !== '−'));
}

/** One trainee's attempts, by identity (src/model/identity.ts: ?id= is the key), and the name to show. */
export async function traineeAttempts(params: URLSearchParams): Promise<{ id: string; name: string; attempts: AttemptSummary[] }> {
  const id = params.get('id') ?? '';
  const { attempts } = await api<{ attempts: AttemptSummary[] }>(`/api/attempts${query({ trainee: id, limit: '1000' })}`);
  const a = attempts[0];
  return { id, name: a ? `${a.trainee}${a.staffId ? `（職員番号 ${a.staffId}）` : ''}` : id, attempts };
}

export async function renderTrainee(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const { id, name, attempts } = await traineeAttempts(params);
  const oldestFirst = [...attempts].reverse();
  const rows = byPhase(attempts);
  root.replaceChildren(
    section(
      `${name} さんの記録`,
      h('p', {}, `${attempts[0]?.department ?? ''} ・ 受験${attempts.length}回 ・ 合格${attempts.filter((a) => a.passed).length}回`),
      h('p', { class: 'exports' }, h('a', { href: link('print-trainee', { id }) }, '修了記録を印刷')),
      attempts.length
        ? scorePlot(oldestFirst.map((a) => ({ date: a.createdAt, score: a.score, kind: a.session?.kind ?? 'self', label: `${dateTime(a.createdAt)} ${scenarioTitle(a.scenario)} ${a.score}点` })))
        : h('p', {}, '記録はありません。'),
      h('p', { class: 'note' }, `● 青：新任研修　● 橙：フォローアップ研修　● 灰：その他・自習　破線：${PASS_MARK}点`),
    ),
    section(
      '原則ごとの遵守（遵守した回数／問われた回数）',
      h('table', { class: 'phases' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '原則'), ...PHASES.map(([, label]) => h('th', { scope: 'col' }, label)))),
        h('tbody', {}, ...rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.name), ...r.cells.map((c) => h('td', {}, c)))))),
    ),
    section('受験の一覧', attemptsTable(attempts, `${name} さんの受験`)),
  );
}
