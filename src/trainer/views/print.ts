// Printable A4 pages through the browser's print to PDF: a trainee's record of completion and a session record.
import { SESSION_KINDS, type AttemptSummary, type Participant, type RateRow, type TrainingSession } from '../../model/attempt';
import { RESULT_LABEL } from '../../model/report';
import { PROFILES } from '../../scoring/profiles';
import { h } from '../../ui/dom';
import { api, query } from '../api';
import { attemptResult, byIdentity, completionOf, completionText, outcomeText } from '../completion';
import { rateBars } from '../svg';
import { dateTime, scenarioTitle } from './common';
import { byPhase, traineeAttempts } from './trainee';

const manualName = (profile: string) => PROFILES[profile as keyof typeof PROFILES]?.name ?? profile;

/** An A4 page (or several) with its print button and footer; the print CSS sets the paper and margins. */
export function a4Page(title: string, ...children: (Node | null)[]): HTMLElement {
  const print = h('button', { class: 'primary no-print', id: 'print' }, '印刷する（PDFに保存）');
  print.addEventListener('click', () => window.print());
  return h('article', { class: 'a4' }, print, h('h1', {}, title), ...children, h('p', { class: 'issued' }, `作成日：${new Date().toLocaleDateString('ja-JP')}　窓口 — カスハラ対応トレーニング`));
}

export async function renderPrintTrainee(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const { name, attempts } = await traineeAttempts(params);
  const passedScenarios = new Set(attempts.filter((a) => a.passed).map((a) => a.scenario));
  const phases = byPhase(attempts);
  // Each session the trainee played in, completed or not by the session's own scenarios (a sheet that listed only the
  // passes read as a certificate for a trainee who had passed 2 of 4).
  const sessionIds = [...new Set(attempts.flatMap((a) => (a.session ? [a.session.id] : [])))];
  const sessions = await Promise.all(sessionIds.map((id) => api<{ session: TrainingSession }>(`/api/sessions/${encodeURIComponent(id)}`).then((r) => r.session)));
  const done = sessions.map((session) => ({ session, c: completionOf(session.scenarios, attempts.filter((a) => a.session?.id === session.id)) }));
  root.replaceChildren(
    a4Page(
      'カスタマーハラスメント対応研修 修了記録',
      h('dl', { class: 'who' }, h('dt', {}, '氏名・職員番号'), h('dd', {}, name), h('dt', {}, '所属'), h('dd', {}, attempts[0]?.department ?? ''), h('dt', {}, '受験'), h('dd', {}, `${attempts.length}回（合格したシナリオ ${passedScenarios.size}本）`)),
      done.length ? h('h2', {}, '研修ごとの修了（修了＝その研修のシナリオすべてに合格）') : null,
      done.length
        ? h('table', { class: 'sessions' },
            h('thead', {}, h('tr', {}, ...['研修', 'マニュアル', 'シナリオごとの結果（最も良い受験）', '判定'].map((c, i) => h('th', { scope: 'col', ...(i === 3 ? { class: 'nowrap' } : {}) }, c)))),
            h('tbody', {}, ...done.map(({ session, c }) =>
              h('tr', { 'data-session': session.id },
                h('td', {}, `${session.date} ${session.name}（${SESSION_KINDS[session.kind]}）`),
                h('td', { class: 'nowrap' }, manualName(session.profile)),
                h('td', { class: 'outcomes' }, ...c.scenarios.map((o) => h('div', {}, outcomeText(o)))),
                h('td', { class: 'completion nowrap' }, completionText(c))))))
        : null,
      h('h2', {}, '受験の記録'),
      h('table', {},
        h('thead', {}, h('tr', {}, ...['日時', 'シナリオ', '研修', 'マニュアル', '得点', '判定'].map((c, i) => h('th', { scope: 'col', ...(i >= 3 ? { class: 'nowrap' } : {}) }, c)))),
        h('tbody', {}, ...[...attempts].reverse().map((a) => h('tr', {}, h('td', {}, dateTime(a.createdAt)), h('td', {}, scenarioTitle(a.scenario)), h('td', {}, a.session ? `${a.session.name}（${SESSION_KINDS[a.session.kind]}）` : '自習'), h('td', { class: 'nowrap' }, manualName(a.profile)), h('td', { class: 'nowrap' }, String(a.score)), h('td', { class: 'nowrap' }, RESULT_LABEL[attemptResult(a)]))))),
      h('h2', {}, '原則ごとの遵守（遵守した回数／問われた回数）'),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, '原則'), h('th', {}, '新任研修'), h('th', {}, 'フォローアップ'), h('th', {}, 'その他'), h('th', {}, '自習'))),
        h('tbody', {}, ...phases.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.name), ...r.cells.map((c) => h('td', {}, c)))))),
      h('p', { class: 'sign' }, '研修担当者　　　　　　　　　　　　印'),
    ),
  );
}

export async function renderPrintSession(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const id = params.get('id') ?? '';
  const [{ session, participants }, stats, list] = await Promise.all([
    api<{ session: TrainingSession; participants: Participant[] }>(`/api/sessions/${encodeURIComponent(id)}`),
    api<{ principles: RateRow[] }>(`/api/stats${query({ session: id })}`),
    api<{ attempts: AttemptSummary[] }>(`/api/attempts${query({ session: id, limit: '1000' })}`),
  ]);
  const mine = byIdentity(list.attempts);
  const done = participants.map((p) => ({ p, c: completionOf(session.scenarios, mine.get(p.identity) ?? []) }));
  root.replaceChildren(
    a4Page(
      `研修記録：${session.name}`,
      h('dl', { class: 'who' }, h('dt', {}, '実施日'), h('dd', {}, session.date), h('dt', {}, '種類'), h('dd', {}, SESSION_KINDS[session.kind]), h('dt', {}, 'マニュアル'), h('dd', {}, manualName(session.profile)), h('dt', {}, 'シナリオ'), h('dd', {}, session.scenarios.map(scenarioTitle).join('、')), h('dt', {}, '参加'), h('dd', {}, `${participants.length}人・受験${list.attempts.length}件・修了${done.filter((d) => d.c.complete).length}人（修了＝すべてのシナリオに合格）`), h('dt', {}, '記録シートの課題'), h('dd', {}, session.recordTask ? 'あり' : 'なし（対象外）')),
      h('h2', {}, '原則ごとの合格率（低い順）'),
      stats.principles.length ? rateBars(stats.principles, '原則ごとの合格率') : h('p', {}, '結果はありません。'),
      h('h2', {}, '受講者'),
      h('table', {},
        h('thead', {}, h('tr', {}, ...['受講者', '所属', '受験回数', 'シナリオごとの結果（最も良い受験）', '判定'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...done.map(({ p, c }) =>
          h('tr', { 'data-identity': p.identity },
            h('td', {}, p.trainee),
            h('td', {}, p.department ?? ''),
            h('td', {}, String(p.attempts)),
            h('td', { class: 'outcomes' }, ...c.scenarios.map((o) => h('div', { 'data-scenario': o.scenario }, outcomeText(o)))),
            h('td', { class: 'completion' }, completionText(c))),
        ))),
    ),
  );
}
