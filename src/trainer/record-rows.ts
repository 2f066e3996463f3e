// The trainee's record sheet beside what really happened, field by field in the form's own order, as plain text
// (no DOM): the attempt view shows it side by side, the print view prints the trainee's column like the paper form
// and the mistakes in a 講評 after it. Everything comes from the form's data and the pure grading (src/model/records).
import { wallClock } from '../model/clock';
import { presentLabels, type Gender, type Present, type RecordSheet } from '../model/record';
import { factsOf } from '../model/records/facts';
import type { FieldKey, RecordForm } from '../model/records/form';
import { FORMS } from '../model/records/forms';
import { GRADED_ITEMS } from '../model/records/checklist';
import { gradeRecord, METHOD_LABELS } from '../model/records/grade';
import { statementsFor } from '../model/records/statements';
import { wordingFor } from '../model/records/wording';
import { scenarioStart } from '../model/scenarios';
import type { Transcript } from '../model/transcript';

export const GENDER_LABELS: Readonly<Record<Gender, string>> = { man: '男性', woman: '女性', unknown: '不明' };
const UNANSWERED = '未記入';

export interface RecordRow {
  key: FieldKey;
  /** The form's own label (e.g. 「1 日時」). */
  label: string;
  /** What the trainee wrote, one line each. */
  given: string[];
  /** What really happened, one line each; empty for free text, which is not graded. */
  truth: string[];
  /** The grading's messages for this field. */
  errors: string[];
}

export interface ChecklistRow {
  n: number;
  text: string;
  ticked: boolean;
  /** The transcript's answer, or null for items that are the trainee's judgement (not graded). */
  truth: boolean | null;
}

export interface RecordView {
  form: RecordForm;
  rows: RecordRow[];
  checklist: ChecklistRow[];
  /** Every mistake, in the form's order. */
  errors: number;
}

const said = (yes: boolean | undefined) => (yes === undefined ? '未回答' : yes ? '言った' : '言っていない');

function fieldText(t: Transcript, sheet: RecordSheet, key: FieldKey, trainee: string): { given: string[]; truth: string[] } {
  const facts = factsOf(t);
  const start = scenarioStart(t.scenario);
  const person = (p: Present) => (p === 'trainee' ? trainee : presentLabels(t.scenario)[p]);
  switch (key) {
    case 'datetime':
      return { given: [`${sheet.start ?? UNANSWERED} 〜 ${sheet.end ?? UNANSWERED}`], truth: [`${wallClock(facts.start, start)} 〜 ${wallClock(facts.end, start)}`] };
    case 'present':
      return { given: sheet.present?.length ? sheet.present.map(person) : [UNANSWERED], truth: [...facts.present].map(person) };
    case 'method':
      return { given: [sheet.method ? METHOD_LABELS[sheet.method] : UNANSWERED], truth: [METHOD_LABELS[facts.method]] };
    case 'citizen': {
      const c = sheet.citizen ?? {};
      const given = [c.gender ? GENDER_LABELS[c.gender] : null, c.decade ? `${c.decade}代` : null, c.features || null].filter((x): x is string => !!x);
      return { given: given.length ? [given.join('・')] : [UNANSWERED], truth: facts.look ? [`${GENDER_LABELS[facts.look.gender]}・${facts.look.decade}代`] : ['（見た目の記録なし：判定しません）'] };
    }
    case 'statements': {
      const answers = new Map((sheet.statements ?? []).map((s) => [s.id, s.said]));
      const list = statementsFor(t);
      return { given: list.map((s) => `「${s.text}」：${said(answers.get(s.id))}`), truth: list.map((s) => `「${s.text}」：${said(s.said)}`) };
    }
    case 'wording': {
      const choices = new Map((sheet.wording ?? []).map((w) => [w.id, w.choice]));
      const items = wordingFor(t);
      return { given: items.map((w) => (choices.get(w.id) === 'fact' ? w.fact : choices.get(w.id) === 'impression' ? w.impression : UNANSWERED)), truth: items.map((w) => w.fact) };
    }
    case 'timeline': {
      const byId = new Map(facts.timeline.map((e) => [e.id, e]));
      const order = (sheet.timeline ?? []).map((id, i) => `${i + 1}. ${byId.get(id)?.label ?? id}`);
      return { given: order.length ? order : [UNANSWERED], truth: facts.timeline.map((e, i) => `${i + 1}. ${wallClock(e.t, start)} ${e.label}`) };
    }
    case 'checklist':
      return { given: [(sheet.checklist ?? []).length ? `該当：${[...(sheet.checklist ?? [])].sort((a, b) => a - b).join('・')}` : '該当なし'], truth: [] };
    case 'future':
      return { given: [sheet.future ?? ''], truth: [] };
    case 'other':
      return { given: [sheet.other ?? ''], truth: [] };
  }
}

/**
 * The sheet of a written record, field by field; `trainee` names the trainee among those present (the game says あなた).
 * Throws on a form the build does not know (validation refuses it first).
 */
export function recordView(t: Transcript, sheet: RecordSheet, trainee = presentLabels(t.scenario).trainee): RecordView {
  const form = FORMS[sheet.form];
  if (!form) throw new Error(`record.form: unknown form ${JSON.stringify(sheet.form)}`);
  const errors = gradeRecord(t, sheet);
  const rows = form.fields.map(({ key, label }) => ({ key, label, ...fieldText(t, sheet, key, trainee), errors: errors.filter((e) => e.field === key).map((e) => e.message) }));
  const ticked = new Set(sheet.checklist ?? []);
  const checklist = (form.checklist ?? []).map(({ n, text }) => ({ n, text, ticked: ticked.has(n), truth: GRADED_ITEMS[n] ? GRADED_ITEMS[n].truth(t) : null }));
  return { form, rows, checklist, errors: errors.length };
}
