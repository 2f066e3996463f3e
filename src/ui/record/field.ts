// What every field of the record form is: its DOM, how it writes its answer into the sheet, what cannot be sent
// (a malformed time) and what was left blank (allowed, graded, but the trainee is told before sending).
import type { RecordSheet } from '../../model/record';
import type { RecordForm } from '../../model/records/form';
import type { Transcript } from '../../model/transcript';
import { h } from '../dom';

export interface FieldContext {
  transcript: Transcript;
  form: RecordForm;
  /** The form's own label for the field (南陽市 「1 日時」, 奥州市 「発生日時」…). */
  label: string;
  /** A prefix for element ids, unique per field. */
  id: string;
}

export interface FieldView {
  el: HTMLElement;
  fill(sheet: RecordSheet): void;
  /** Input that cannot be sent, as [element to focus, message]; shown inline. */
  errors?(): [HTMLElement, string][];
  /** What was left blank, one short phrase each. */
  blanks?(): string[];
}

/** A fieldset with the form's label as its legend: a screen reader reads the label with each control in it. */
export function fieldset(ctx: FieldContext, ...children: (Node | null)[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'record-field', id: ctx.id }, h('legend', {}, ctx.label), ...children);
}

/** Radio buttons (or checkboxes) with their labels; the label is the touch target. */
export function options<T extends string>(type: 'radio' | 'checkbox', name: string, choices: readonly [T, string][]): { el: HTMLElement; inputs: Map<T, HTMLInputElement> } {
  const inputs = new Map<T, HTMLInputElement>();
  const el = h('div', { class: 'options' }, ...choices.map(([value, text]) => {
    const input = h('input', { type, name, value, id: `${name}-${value}` });
    inputs.set(value, input);
    return h('label', { for: `${name}-${value}` }, input, h('span', {}, text));
  }));
  return { el, inputs };
}

/** The value of the checked radio button, if any. */
export function checked<T extends string>(inputs: Map<T, HTMLInputElement>): T | undefined {
  for (const [v, input] of inputs) if (input.checked) return v;
  return undefined;
}
