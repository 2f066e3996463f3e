// A session live: the join code large enough to read from the back of the room, who is playing, who finished,
// and what the group struggles with. Refreshes itself while open.
import { SESSION_KINDS, type AttemptSummary, type Participant, type RateRow, type TrainingSession } from '../../model/attempt';
import { PROFILES } from '../../scoring/profiles';
import { h } from '../../ui/dom';
import { api, link, query } from '../api';
import { byIdentity, completionOf, type Completion } from '../completion';
import { rateBars } from '../svg';
import { attemptsTable, dateTime, scenarioTitle, section } from './common';

// What a trainee is doing now; 修了 is kept for every scenario of the session passed (completion.ts).
const STATUS = { joined: '参加', playing: 'プレイ中', finished: '結果送信済み' } as const;

const passedOf = (c: Completion) => (c.complete ? `修了（${c.passed}／${c.scenarios.length}本）` : `${c.passed}／${c.scenarios.length}本`);

export async function renderSession(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const id = params.get('id') ?? '';
  const draw = async () => {
    const [{ session, participants }, stats, list] = await Promise.all([
      api<{ session: TrainingSession; participants: Participant[] }>(`/api/sessions/${encodeURIComponent(id)}`),
      api<{ principles: RateRow[]; scenarios: RateRow[] }>(`/api/stats${query({ session: id })}`),
      api<{ total: number; attempts: AttemptSummary[] }>(`/api/attempts${query({ session: id, limit: '500' })}`),
    ]);
    // Closing stops the code: nobody joins with it any more (attempts of those who joined still arrive).
    const close = h('button', { type: 'button', id: 'close-session' }, '研修を終了してコードを無効にする');
    close.addEventListener('click', () => {
      if (!confirm(`研修コード ${session.code} を無効にします。よろしいですか。`)) return;
      void api(`/api/sessions/${encodeURIComponent(id)}/close`, { method: 'POST', body: {} }).then(draw);
    });
    const playing = participants.filter((p) => p.status === 'playing').length;
    const sent = participants.filter((p) => p.attempts > 0).length;
    const mine = byIdentity(list.attempts);
    const completion = new Map(participants.map((p) => [p.identity, completionOf(session.scenarios, mine.get(p.identity) ?? [])]));
    const complete = [...completion.values()].filter((c) => c.complete).length;
    root.replaceChildren(
      section(
        `${session.date} ${session.name}`,
        session.closedAt
          ? h('p', { class: 'join', id: 'session-closed' }, `研修コード ${session.code} は ${dateTime(session.closedAt)} に無効にしました。`)
          : h('p', { class: 'join' }, '研修コード ', h('strong', { class: 'code big', id: 'join-code' }, session.code), ' ', close),
        h('p', {}, `受講者は ${location.origin}/ を開き、このコードを入力します。${SESSION_KINDS[session.kind]}・${PROFILES[session.profile as keyof typeof PROFILES]?.name ?? session.profile}のマニュアル・シナリオ${session.scenarios.length}本・内容の注意${session.contentNotes ? 'あり' : 'なし'}・`, h('span', { id: 'session-record-task' }, `記録シートの課題${session.recordTask ? 'あり' : 'なし（対象外）'}`)),
        h('p', { class: 'exports' }, h('a', { href: link('discuss', { session: id }), id: 'discuss' }, 'グループで振り返る'), h('a', { href: link('print-session', { id }) }, '印刷用の研修記録'), h('a', { href: `/api/export/attempts.csv${query({ session: id })}` }, 'CSV（受験ごと）'), h('a', { href: `/api/export/verdicts.csv${query({ session: id })}` }, 'CSV（原則の判定ごと）')),
      ),
      section(
        `受講者（参加${participants.length}人・プレイ中${playing}人・結果送信${sent}人・修了${complete}人）`,
        h('p', { class: 'note' }, `修了＝この研修のシナリオ${session.scenarios.length}本（${session.scenarios.map(scenarioTitle).join('、')}）すべてに合格。`),
        h(
          'table',
          { class: 'participants' },
          h('thead', {}, h('tr', {}, ...['受講者', '所属', '状態', 'シナリオ', '受験回数', '合格したシナリオ', '最終更新'].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            ...participants.map((p) =>
              h('tr', { class: p.status },
                h('td', {}, h('a', { href: link('trainee', { id: p.identity }) }, p.trainee), p.staffId ? `（${p.staffId}）` : ''),
                h('td', {}, p.department ?? ''),
                h('td', {}, STATUS[p.status]),
                h('td', {}, scenarioTitle(p.scenario)),
                h('td', {}, String(p.attempts)),
                h('td', { class: 'completion' }, passedOf(completion.get(p.identity)!)),
                h('td', {}, dateTime(p.seenAt))),
            ),
          ),
        ),
      ),
      section('この研修で難しかった原則（合格率の低い順）', stats.principles.length ? rateBars(stats.principles, '原則ごとの合格率') : h('p', {}, 'まだ結果はありません。')),
      section('シナリオごとの合格率', stats.scenarios.length ? rateBars(stats.scenarios, 'シナリオごとの合格率') : h('p', {}, 'まだ結果はありません。')),
      section(`受験結果（${list.total}件）`, list.attempts.length ? attemptsTable(list.attempts, 'この研修の受験結果') : h('p', {}, 'まだ結果はありません。')),
    );
  };
  await draw();
  const timer = setInterval(() => void draw().catch(() => {}), 5000);
  return () => clearInterval(timer);
}
