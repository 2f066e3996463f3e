// The attempt's record sheet for the trainer: on screen beside what really happened, and printed on A4 in the
// form's own layout (the 対応記録シート table, the チェックリスト, the 発生連絡票…) with the mistakes in a 講評 after
// it, so the sheet itself looks like what goes to 総務課. Built from the form's data: no code per city.
import type { AttemptDetail } from '../../model/attempt';
import { METHODS } from '../../model/record';
import { FORMS } from '../../model/records/forms';
import { METHOD_LABELS } from '../../model/records/grade';
import { RECORD_STATE_TEXT, recordState } from '../../model/records/summary';
import { h } from '../../ui/dom';
import { api, link } from '../api';
import { recordView, type RecordRow, type RecordView } from '../record-rows';
import { scenarioTitle, section } from './common';
import { a4Page } from './print';

const lines = (xs: string[], cls = '') => h('ul', { class: `lines ${cls}`.trim() }, ...xs.map((x) => h('li', {}, x)));
const mark = (yes: boolean | null) => (yes === null ? '—' : yes ? '☑ 有' : '☐ 無');

/** The record's state, and for a written one its view; a form this version no longer has is said, not thrown. */
function stateOf(a: AttemptDetail): { text: string } | { view: RecordView } {
  const state = recordState(a.transcript.record, a.session?.recordTask);
  if (state !== 'written') return { text: RECORD_STATE_TEXT[state] };
  const sheet = a.transcript.record!;
  if (!FORMS[sheet.form]) return { text: `記録シートの様式「${sheet.form}」はこの版にないため表示できません` };
  return { view: recordView(a.transcript, sheet, a.trainee) };
}

function checklistTable(v: RecordView, withTruth: boolean): HTMLTableElement {
  const head = ['No.', '項目', '該当する場合に☑', ...(withTruth ? ['実際'] : ['備考'])];
  return h('table', { class: 'checklist' },
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...v.checklist.map((c) =>
      h('tr', { class: withTruth && c.truth !== null && c.truth !== c.ticked ? 'wrong' : '' },
        h('td', { class: 'n' }, String(c.n)),
        h('td', {}, c.text),
        h('td', { class: 'mark' }, mark(c.ticked)),
        h('td', { class: 'mark' }, withTruth ? (c.truth === null ? '（判定しない）' : mark(c.truth)) : '')))));
}

/** The trainee's lines, those that differ from the truth line beside them marked (statements, wording, times). */
function given(r: RecordRow): HTMLElement {
  const list = lines(r.given);
  if (r.errors.length && r.truth.length === r.given.length) r.given.forEach((g, i) => g !== r.truth[i] && list.children[i]!.classList.add('wrong'));
  return list;
}

/** The attempt view's section: the state when there is no sheet, else each field beside the truth with the grading. */
export function recordSection(a: AttemptDetail): HTMLElement {
  const state = stateOf(a);
  if ('text' in state) return section('記録シート', h('p', { class: 'record-state', id: 'record-state' }, state.text));
  const v = state.view;
  return section(
    `記録シート：${v.form.title}`,
    h('p', {}, v.errors ? `誤り ${v.errors}件。` : '誤りはありません。', ' ', h('a', { href: link('print-record', { id: a.id }), id: 'print-record' }, '記録シートを印刷（A4）')),
    h('table', { class: 'record-compare', id: 'record-compare' },
      h('thead', {}, h('tr', {}, ...['項目', '受講者の記録', '実際', '指摘'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...v.rows.filter((r) => r.key !== 'checklist').map((r) =>
        h('tr', { 'data-field': r.key, class: r.errors.length ? 'wrong' : '' },
          h('th', { scope: 'row' }, r.label),
          h('td', { class: 'free' }, given(r)),
          h('td', {}, r.truth.length ? lines(r.truth) : '（自由記述：採点しません）'),
          h('td', {}, r.errors.length ? lines(r.errors, 'errors') : '○'))))),
    v.checklist.length ? h('h3', {}, v.rows.find((r) => r.key === 'checklist')?.label ?? 'チェックリスト') : null,
    v.checklist.length ? checklistTable(v, true) : null,
    h('p', { class: 'note' }, '様式の根拠：', ...v.form.sources.map((s) => `${s.doc} ${s.section}「${s.quote}」 `)),
  );
}

/** One row of the printed sheet: the trainee's answer only, as it would stand on paper. */
function printedCell(r: RecordRow, a: AttemptDetail, v: RecordView): Node {
  const sheet = a.transcript.record!;
  switch (r.key) {
    case 'datetime': {
      const day = new Date(a.transcript.startedAt ?? a.createdAt).toLocaleDateString('ja-JP', { dateStyle: 'long' });
      return h('span', {}, `${day}　${r.given[0]}`);
    }
    case 'present':
      // 所属・職・氏名: the trainee's department before their name.
      return lines(r.given.map((g) => (g === a.trainee && a.department ? `${a.department}　${g}` : g)));
    case 'method':
      // The document prints every method and the writer circles one.
      return h('span', { class: 'methods' }, ...METHODS.flatMap((m, i) => [i ? ' ・ ' : '', h('span', { class: sheet.method === m ? 'circled' : '' }, METHOD_LABELS[m])]));
    case 'statements': {
      // What the trainee recorded the citizen as saying, then the facts in the wording they chose.
      const recorded = v.rows.find((x) => x.key === 'statements')!.given.filter((g) => g.endsWith('：言った')).map((g) => g.replace(/：言った$/, ''));
      const worded = v.rows.find((x) => x.key === 'wording')?.given.filter((g) => g !== '未記入') ?? [];
      return lines([...recorded, ...worded]);
    }
    default:
      return lines(r.given, 'free');
  }
}

export async function renderPrintRecord(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const a = await api<AttemptDetail>(`/api/attempts/${encodeURIComponent(params.get('id') ?? '')}`);
  const state = stateOf(a);
  const who = `${a.trainee}${a.department ? `（${a.department}）` : ''}・${scenarioTitle(a.scenario)}`;
  if ('text' in state) {
    root.replaceChildren(a4Page('記録シート', h('p', {}, who), h('p', { class: 'record-state', id: 'record-state' }, state.text)));
    return;
  }
  const v = state.view;
  // 事実の書き方 is printed inside the 内容 row: on paper it is how the content is written, not a field of its own.
  const printed = v.rows.filter((r) => r.key !== 'wording' && r.key !== 'checklist');
  const checklistLabel = v.rows.find((r) => r.key === 'checklist')?.label;
  root.replaceChildren(
    a4Page(
      v.form.title,
      v.form.trainingForm ? h('p', { class: 'training-form' }, v.form.trainingForm) : null,
      h('p', { class: 'sheet-meta' }, `研修での記入：${who}`),
      h('table', { class: 'sheet', id: 'sheet' }, h('tbody', {}, ...printed.map((r) => h('tr', { 'data-field': r.key }, h('th', { scope: 'row' }, r.label), h('td', {}, printedCell(r, a, v)))))),
      h('p', { class: 'sheet-source' }, `様式の根拠：${v.form.sources.map((s) => `${s.doc} ${s.section}「${s.quote}」`).join(' ')}`),
      v.checklist.length ? h('section', { class: 'sheet-checklist', id: 'sheet-checklist' }, h('h1', {}, checklistLabel ?? 'チェックリスト'), checklistTable(v, false)) : null,
      h(
        'section',
        { class: 'review', id: 'review' },
        h('h1', {}, '講評（研修担当者から）'),
        h('p', {}, `${who}。記録シートの誤り ${v.errors}件（日時は±2分まで正しいとします）。`),
        ...(v.errors
          ? v.rows.filter((r) => r.errors.length).flatMap((r) => [h('h2', {}, r.label), lines(r.errors, 'errors')])
          : [h('p', {}, '誤りはありません。')]),
        h('h2', {}, '実際の経過'),
        lines(v.rows.find((r) => r.key === 'timeline')?.truth ?? []),
      ),
    ),
  );
}
