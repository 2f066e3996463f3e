// The debrief's record sheet: field by field, what the trainee wrote beside what really happened, with the grading's
// own messages (gradeRecord, the same function the scoring rule calls) next to the field each concerns.
import './record.css';
import { wallClock } from '../../model/clock';
import { presentLabels, type RecordSheet } from '../../model/record';
import { GRADED_ITEMS } from '../../model/records/checklist';
import { factsOf } from '../../model/records/facts';
import type { FieldKey } from '../../model/records/form';
import { FORMS } from '../../model/records/forms';
import { gradeRecord, METHOD_LABELS } from '../../model/records/grade';
import { statementsFor } from '../../model/records/statements';
import { wordingFor } from '../../model/records/wording';
import { scenarioStart } from '../../model/scenarios';
import type { Transcript } from '../../model/transcript';
import { h } from '../dom';

type Cell = string | HTMLElement;
const BLANK = '未記入';
const GENDER = { man: '男性', woman: '女性', unknown: 'わからない' } as const;
const list = (items: string[], ordered = false): Cell => (items.length ? h(ordered ? 'ol' : 'ul', {}, ...items.map((i) => h('li', {}, i))) : BLANK);

/** Each statement once, with the trainee's answer and the truth beside it (a wrong answer marked). */
function statementTable(t: Transcript, sheet: RecordSheet): HTMLElement {
  const given = new Map((sheet.statements ?? []).map((s) => [s.id, s.said]));
  const said = (v: boolean | undefined) => (v === undefined ? BLANK : v ? '言った' : '言っていない');
  return h(
    'table',
    { class: 'statements' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '相手の言葉'), h('th', { scope: 'col' }, 'あなたの記録'), h('th', { scope: 'col' }, '実際'))),
    h('tbody', {}, ...statementsFor(t).map((s) => {
      const right = given.get(s.id) === s.said;
      return h('tr', right ? {} : { class: 'wrong' }, h('td', {}, `「${s.text}」`), h('td', {}, `${right ? '' : '× '}${said(given.get(s.id))}`), h('td', {}, said(s.said)));
    })),
  );
}

/** [the trainee's answer, the truth] for one field, or one table holding both. */
function sides(key: FieldKey, t: Transcript, sheet: RecordSheet): [Cell, Cell] | HTMLElement {
  const facts = factsOf(t);
  const start = scenarioStart(t.scenario);
  const labels = presentLabels(t.scenario);
  switch (key) {
    case 'datetime':
      return [`${sheet.start ?? BLANK} 〜 ${sheet.end ?? BLANK}`, `${wallClock(facts.start, start)} 〜 ${wallClock(facts.end, start)}`];
    case 'present':
      return [sheet.present?.length ? sheet.present.map((p) => labels[p]).join('・') : BLANK, [...facts.present].map((p) => labels[p]).join('・')];
    case 'method':
      return [sheet.method ? METHOD_LABELS[sheet.method] : BLANK, METHOD_LABELS[facts.method]];
    case 'citizen': {
      const c = sheet.citizen ?? {};
      const yours = [c.gender ? GENDER[c.gender] : `性別${BLANK}`, c.decade ? `${c.decade}代` : `年代${BLANK}`, c.features ? `特徴：${c.features}` : ''].filter(Boolean).join('・');
      return [yours, facts.look ? `${GENDER[facts.look.gender]}・${facts.look.decade}代` : '（採点しません）'];
    }
    case 'statements':
      return statementTable(t, sheet);
    case 'wording': {
      const given = new Map((sheet.wording ?? []).map((w) => [w.id, w.choice]));
      const all = wordingFor(t);
      return [list(all.map((w) => (given.get(w.id) === 'fact' ? w.fact : given.get(w.id) === 'impression' ? w.impression : BLANK))), list(all.map((w) => w.fact))];
    }
    case 'timeline': {
      const label = new Map(facts.timeline.map((e) => [e.id, e.label]));
      return [list((sheet.timeline ?? []).map((id) => label.get(id) ?? id), true), list(facts.timeline.map((e) => `${wallClock(e.t, start)} ${e.label}`), true)];
    }
    case 'checklist': {
      // The items this form has that this encounter settles (an item it cannot settle is not graded).
      const graded = Object.entries(GRADED_ITEMS).filter(([n, item]) => FORMS[sheet.form]?.checklist?.some((c) => c.n === Number(n)) && item.truth(t) !== null);
      const yours = sheet.checklist?.length ? `${sheet.checklist.join('・')} にチェック` : 'チェックなし';
      const truth = graded.filter(([, item]) => item.truth(t)).map(([n, item]) => `${n} ${item.name}`);
      return [yours, h('div', {}, truth.length ? `${truth.join('、')} にチェック` : 'チェックなし', h('p', { class: 'note' }, `採点する項目：${graded.map(([n]) => n).join('・')}`))];
    }
    case 'future':
    case 'other':
      return [sheet[key] ?? BLANK, '（採点しません）'];
  }
}

export function recordComparison(t: Transcript): HTMLElement | null {
  const sheet = t.record;
  if (!sheet) return null;
  const form = FORMS[sheet.form];
  if (sheet.skipped || !form) {
    return h('section', { class: 'record-compare', 'aria-labelledby': 'compare-title' }, h('h3', { id: 'compare-title' }, '記録シート'), h('p', { class: 'incomplete' }, '記録未記入のため未修了'));
  }
  const errors = gradeRecord(t, sheet);
  // Free text is not graded, nor the citizen's look when the story drew none.
  const graded = (k: FieldKey) => k !== 'future' && k !== 'other' && (k !== 'citizen' || !!factsOf(t).look);
  return h(
    'section',
    { class: 'record-compare', 'aria-labelledby': 'compare-title' },
    h('h3', { id: 'compare-title' }, `記録シート（${form.title}）：あなたの記録と実際`),
    ...form.fields.map((f) => {
      const both = sides(f.key, t, sheet);
      const mine = errors.filter((e) => e.field === f.key);
      return h(
        'section',
        { class: `compare-field ${mine.length ? 'wrong' : graded(f.key) ? 'right' : ''}`, 'data-field': f.key },
        h('h4', {}, f.label),
        Array.isArray(both) ? h('div', { class: 'sides' }, h('div', {}, h('p', { class: 'side' }, 'あなたの記録'), both[0]), h('div', {}, h('p', { class: 'side' }, '実際にあったこと'), both[1])) : both,
        mine.length
          ? h('ul', { class: 'record-errors', 'aria-label': '指摘' }, ...mine.map((e) => h('li', {}, e.message)))
          : graded(f.key) ? h('p', { class: 'record-ok' }, '事実どおりに記録できています。') : null,
      );
    }),
  );
}
