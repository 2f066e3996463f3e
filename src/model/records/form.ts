// A record form as data: its title, the passages it is built from, its fields in the document's order with the
// document's own labels, and its checklist. One file per form in forms/; the UI and the grading read only this.
import type { Citation } from '../report';

/** The gradable shapes a field is asked in (free-text fields are kept for the trainer, not graded). */
export type FieldKey = 'datetime' | 'present' | 'method' | 'citizen' | 'statements' | 'timeline' | 'wording' | 'checklist' | 'future' | 'other';

export interface RecordForm {
  id: string;
  title: string;
  /** Set when the document names or implies a record but prints no form: this one was made for training from its text. */
  trainingForm?: '研修用様式（市の定める様式ではありません）';
  sources: Citation[];
  fields: { key: FieldKey; label: string }[];
  /** The document's checklist, numbered as printed; grading knows items by number. */
  checklist?: { n: number; text: string }[];
}
