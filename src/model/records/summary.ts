// A record sheet in figures, for the trainer's pages, the group discussion, the CSV and the xAPI statement: its
// state (written, skipped, not asked, absent) and how many mistakes each field holds. Labels stated once here.
import type { RecordSheet } from '../record';
import type { Transcript } from '../transcript';
import type { FieldKey } from './form';
import { FORMS } from './forms';
import { gradeRecord } from './grade';

/** The graded fields in the sheet's order, with the short names the group discussion and the exports use. */
export const GRADED_FIELDS = ['datetime', 'present', 'method', 'citizen', 'statements', 'wording', 'timeline', 'checklist'] as const satisfies readonly FieldKey[];
export type GradedField = (typeof GRADED_FIELDS)[number];
export const FIELD_NAMES: Readonly<Record<GradedField, string>> = {
  datetime: '日時',
  present: '対応者',
  method: '対応方法',
  citizen: '相手の情報',
  statements: '内容',
  wording: '事実の書き方',
  timeline: '時系列',
  checklist: 'チェックリスト',
};

/**
 * written: filled in and graded; skipped: the trainee skipped it (not done, never a pass); off: the session had the
 * task switched off; none: no record and no task off (an attempt from before the record sheet, or the CLI's kind).
 */
export type RecordState = 'written' | 'skipped' | 'off' | 'none';

/** What the trainer reads for each state with no sheet to show. */
export const RECORD_STATE_TEXT: Readonly<Record<Exclude<RecordState, 'written'>, string>> = {
  skipped: '記録未記入（未修了）',
  off: '記録なし（この研修では対象外）',
  none: '記録なし（記録シートのない受験）',
};

/** `recordTask` is the session's switch (undefined for self-study: the task is on). */
export function recordState(record: RecordSheet | undefined, recordTask: boolean | undefined): RecordState {
  if (record) return record.skipped ? 'skipped' : 'written';
  return recordTask === false ? 'off' : 'none';
}

/**
 * How many mistakes each graded field holds (every field present, 0 when right); null without a written sheet, or
 * for a sheet on a form this version no longer has (a stored attempt must still export).
 */
export function mistakesByField(t: Transcript): Record<GradedField, number> | null {
  if (!t.record || t.record.skipped || !FORMS[t.record.form]) return null;
  const out = Object.fromEntries(GRADED_FIELDS.map((f) => [f, 0])) as Record<GradedField, number>;
  for (const e of gradeRecord(t, t.record)) if (e.field in out) out[e.field as GradedField]++;
  return out;
}
