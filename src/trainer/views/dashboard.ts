// The overview: sessions, the group's pass rates (worst first), every attempt, exports; all under the filters.
import { SESSION_KINDS, type AttemptSummary, type Filters, type OutboxStatus, type RateRow, type TrainingSession } from '../../model/attempt';
import { VERDICT_LABEL } from '../../model/report';
import { SCENARIOS } from '../../model/scenarios';
import { PROFILE_IDS } from '../../model/transcript';
import { PASS_MARK } from '../../scoring/pass';
import { PROFILES } from '../../scoring/profiles';
import { h } from '../../ui/dom';
import { api, link, query } from '../api';
import { rateBars, TARGET_RATE } from '../svg';
import { attemptsTable, section } from './common';
import { scenarioPicker } from './picker';

export const FILTER_KEYS = ['department', 'scenario', 'profile', 'session', 'from', 'to'] as const;

function select(id: string, label: string, options: [string, string][], value: string | undefined): HTMLElement {
  const el = h('select', { id, name: id }, h('option', { value: '' }, 'すべて'), ...options.map(([v, text]) => h('option', { value: v }, text)));
  el.value = value ?? '';
  return h('label', { class: 'filter' }, label, el);
}

export async function renderDashboard(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const f: Filters = {};
  for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k)!;
  const [stats, list, sessions, outbox] = await Promise.all([
    api<{ principles: RateRow[]; scenarios: RateRow[]; facets: { departments: string[] } }>(`/api/stats${query(f)}`),
    api<{ total: number; attempts: AttemptSummary[] }>(`/api/attempts${query({ ...f, limit: '200' })}`),
    api<TrainingSession[]>('/api/sessions'),
    api<OutboxStatus>('/api/xapi/outbox'),
  ]);

  const from = h('input', { type: 'date', id: 'from', name: 'from' });
  from.value = f.from ?? '';
  const to = h('input', { type: 'date', id: 'to', name: 'to' });
  to.value = f.to ?? '';
  const filterForm = h(
    'form',
    { class: 'filters', method: 'get', action: '/trainer' },
    select('department', '所属', stats.facets.departments.map((d) => [d, d]), f.department),
    select('scenario', 'シナリオ', SCENARIOS.map((s) => [s.id, s.title]), f.scenario),
    select('profile', '自治体', PROFILE_IDS.map((p) => [p, PROFILES[p].name]), f.profile),
    select('session', '研修', sessions.map((s) => [s.id, `${s.date} ${s.name}`]), f.session),
    h('label', { class: 'filter' }, '期間（から）', from),
    h('label', { class: 'filter' }, '（まで）', to),
    h('button', { type: 'submit', class: 'primary' }, '絞り込む'),
    h('a', { href: '/trainer', class: 'reset' }, '解除'),
  );

  root.replaceChildren(
    sessionsCard(sessions),
    section('絞り込み', filterForm),
    section(
      '原則ごとの合格率（低い順）',
      stats.principles.length ? rateBars(stats.principles, '原則ごとの合格率') : h('p', {}, 'まだ結果はありません。'),
      h('p', { class: 'note' }, `合格率＝その原則が問われた受験のうち「${VERDICT_LABEL.upheld}」だった割合。破線は${TARGET_RATE}%。`),
      h('p', {}, h('a', { href: link('discuss', f as Record<string, string>), id: 'discuss' }, 'グループで振り返る（各原則の、よくあった選択・次はこうする・マニュアルの該当箇所）')),
    ),
    section('シナリオごとの合格率（低い順）', stats.scenarios.length ? rateBars(stats.scenarios, 'シナリオごとの合格率') : h('p', {}, 'まだ結果はありません。'), h('p', { class: 'note' }, `合格＝${PASS_MARK}点以上で重大な誤りなし。`)),
    section(
      `受験結果（${list.total}件${list.total > list.attempts.length ? `、新しい${list.attempts.length}件を表示` : ''}）`,
      h(
        'p',
        { class: 'exports' },
        h('a', { href: `/api/export/attempts.csv${query(f)}`, id: 'export-attempts' }, 'CSV（受験ごと）'),
        h('a', { href: `/api/export/verdicts.csv${query(f)}`, id: 'export-verdicts' }, 'CSV（原則の判定ごと）'),
        h('a', { href: `/api/xapi/statements${query(f)}`, id: 'export-xapi' }, 'xAPIの書き出し（JSON）'),
      ),
      lrsStatus(outbox),
      list.attempts.length ? attemptsTable(list.attempts, '受験結果') : h('p', {}, 'まだ結果はありません。'),
    ),
  );
}

/** What waits for the organisation's LRS (src/server/lrs.ts). The xAPI link above is an export, not an LRS. */
function lrsStatus(o: OutboxStatus): HTMLElement {
  if (!o.endpoint) return h('p', { class: 'note', id: 'lrs-status' }, 'xAPIの書き出しは記録の写しです（LRSではありません）。組織のLRSへの自動送信は設定されていません（README「xAPI」参照）。');
  const retry = h('button', { type: 'button', id: 'lrs-retry' }, '送信できなかった記録をもう一度送る');
  retry.addEventListener('click', () => void api('/api/xapi/outbox/retry', { method: 'POST', body: {} }).then(() => location.reload()));
  return h(
    'p',
    { class: o.failed ? 'form-error' : 'note', id: 'lrs-status', role: 'status' },
    `LRS（${o.endpoint}）へ送信済み${o.sent}件・送信待ち${o.pending}件・送信できなかった記録${o.failed}件`,
    o.lastError ? `（最後のエラー：${o.lastError}）` : '',
    o.failed ? retry : '',
  );
}

function sessionsCard(sessions: TrainingSession[]): HTMLElement {
  const name = h('input', { id: 'session-name', required: '', maxlength: '100', placeholder: '例：令和8年度 新任職員研修' });
  const date = h('input', { id: 'session-date', type: 'date', required: '' });
  date.value = new Date().toISOString().slice(0, 10);
  const kind = h('select', { id: 'session-kind' }, ...Object.entries(SESSION_KINDS).map(([v, t]) => h('option', { value: v }, t)));
  const profile = h('select', { id: 'session-profile' }, ...PROFILE_IDS.map((p) => h('option', { value: p }, PROFILES[p].name)));
  const notes = h('input', { type: 'checkbox', id: 'session-notes', checked: '' });
  const recordTask = h('input', { type: 'checkbox', id: 'session-record', checked: '', 'aria-describedby': 'session-record-note' });
  const picker = scenarioPicker();
  const error = h('p', { class: 'form-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'new-session' },
    h('div', { class: 'row' }, h('label', {}, '研修名', name), h('label', {}, '実施日', date), h('label', {}, '種類', kind), h('label', {}, '自治体（マニュアル）', profile)),
    picker.element,
    h('label', { class: 'pick' }, notes, '内容の注意（暴力・性的な場面など）を受講者に表示する'),
    h('label', { class: 'pick' }, recordTask, '記録シートの課題'),
    h('p', { class: 'note', id: 'session-record-note' }, '各シナリオの後に対応記録シート（チェックリスト）を書き、採点します。時間の短い研修では外せます（その場合、記録は採点の対象外）。'),
    error,
    h('button', { type: 'submit', class: 'primary', id: 'create-session' }, '研修を作成してコードを発行'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const scenarios = picker.selected();
    api<TrainingSession>('/api/sessions', { method: 'POST', body: { name: name.value, date: date.value, kind: kind.value, profile: profile.value, scenarios, contentNotes: notes.checked, recordTask: recordTask.checked } })
      .then((s) => (location.href = link('session', { id: s.id })))
      .catch((e: Error) => (error.textContent = e.message));
  });
  return section(
    '研修',
    sessions.length
      ? h('ul', { class: 'sessions' }, ...sessions.map((s) => h('li', {}, h('a', { href: link('session', { id: s.id }) }, `${s.date} ${s.name}`), ` ${SESSION_KINDS[s.kind]}・${PROFILES[s.profile as keyof typeof PROFILES]?.name ?? s.profile}・コード `, h('strong', { class: 'code' }, s.code))))
      : h('p', {}, 'まだ研修はありません。'),
    h('details', {}, h('summary', {}, '新しい研修を作成する'), form),
  );
}
