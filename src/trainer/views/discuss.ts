// The lead talks the group through its results: each principle the group was judged on, worst first,
// with how many kept it, the group's own words that broke it and that kept it, what to do next time and
// the manual's passages. Under the dashboard's filters (usually one session); prints on A4 for handouts.
import { ACT_LABELS } from '../../model/acts';
import type { ChoiceCount, DiscussionItem, Filters, RecordFigures, TrainingSession } from '../../model/attempt';
import { h } from '../../ui/dom';
import { api, query } from '../api';
import { FILTER_KEYS } from './dashboard';

function choices(title: string, list: ChoiceCount[], cls: string): HTMLElement | null {
  if (!list.length) return null;
  const glosses = (c: ChoiceCount) => c.acts.map((a) => ACT_LABELS[a]).join('・');
  return h('div', { class: `choices ${cls}` }, h('h3', {}, title), h('ul', {}, ...list.map((c) => h('li', {}, h('span', { class: 'count' }, `${c.count}件`), c.text || glosses(c), c.text ? h('span', { class: 'act' }, `（${glosses(c)}）`) : null))));
}

function card(item: DiscussionItem, rank: number): HTMLElement {
  const pct = Math.round((100 * item.passed) / item.total);
  return h(
    'section',
    { class: 'card discuss-item', 'data-principle': item.id },
    h('h2', {}, `${rank}. ${item.name}`, h('span', { class: 'rate' }, `守れた ${item.passed}／${item.total}件（${pct}%）`)),
    choices('違反につながった選択', item.broke, 'broke'),
    choices('守れた選択', item.kept, 'kept'),
    h('div', { class: 'advice' }, h('h3', {}, '次はこうする'), h('p', {}, item.advice)),
    ...item.citations.map((c) => h('blockquote', {}, h('cite', {}, `${c.doc} ${c.section}`), h('span', {}, c.quote))),
  );
}

/** Which fields of the record sheet the group got wrong, most missed first, and how many skipped it. */
function recordCard(r: RecordFigures): HTMLElement | null {
  if (!r.written && !r.skipped) return null;
  return h(
    'section',
    { class: 'card discuss-record', id: 'record-figures' },
    h('h2', {}, '記録シート：間違いの多かった項目'),
    h('p', {}, `記入 ${r.written}件・記録未記入（未修了） ${r.skipped}件。数は、その項目に一つ以上の誤りがあった記録の件数です。`),
    r.written
      ? h('table', { class: 'record-figures' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '項目'), h('th', { scope: 'col' }, '誤りのあった記録'))),
          h('tbody', {}, ...r.fields.map((f) => h('tr', { 'data-field': f.field }, h('th', { scope: 'row' }, f.name), h('td', {}, `${f.missed}／${r.written}件`)))))
      : null,
  );
}

export async function renderDiscuss(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const f: Filters = {};
  for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k)!;
  const [data, sessions] = await Promise.all([
    api<{ limit: number; attempts: number; items: DiscussionItem[]; record: RecordFigures }>(`/api/discussion${query(f)}`),
    api<TrainingSession[]>('/api/sessions'),
  ]);
  const session = f.session ? sessions.find((s) => s.id === f.session) : undefined;
  const scope = session ? `${session.date} ${session.name}` : Object.keys(f).length ? '絞り込んだ受験結果' : 'すべての受験結果';
  const print = h('button', { class: 'primary no-print', id: 'print' }, '印刷する');
  print.addEventListener('click', () => window.print());
  root.replaceChildren(
    h(
      'section',
      { class: 'card' },
      h('h1', {}, 'グループで振り返る'),
      h('p', {}, `${scope}：${data.attempts}件の受験${data.attempts >= data.limit ? `（新しい${data.limit}件）` : ''}から、守れなかった人が多い原則の順に並べています。数は受験の件数です。`),
      print,
    ),
    ...[recordCard(data.record)].filter((x) => x !== null),
    ...(data.items.length ? data.items.map((item, i) => card(item, i + 1)) : [h('p', { class: 'card' }, 'まだ結果はありません。')]),
  );
}
