// The record sheet after the encounter: the form of the scenario's profile (FORM_OF), its fields in the form's
// order with its own labels, in a scrollable panel over the canvas. Submitting checks what cannot be sent
// (inline, in Japanese), asks once before sending blanks (allowed, and graded), then hands the sheet to the controller.
import './record.css';
import { recordSkippable, skipRecord, submitRecord } from '../../game/controller';
import { RECORD_VERSION, type RecordSheet } from '../../model/record';
import type { FieldKey } from '../../model/records/form';
import { FORM_OF } from '../../model/records/forms';
import { checkRecord } from '../../model/records/grade';
import { store } from '../../state/store';
import { h } from '../dom';
import { checklistField } from './checklist';
import { citizenField } from './citizen';
import { datetimeField, startedAt } from './datetime';
import type { FieldContext, FieldView } from './field';
import { methodField, presentField } from './people';
import { statementsField } from './statements';
import { textField } from './text';
import { timelineField } from './timeline';
import { wordingField } from './wording';

const FIELDS: Record<FieldKey, (ctx: FieldContext) => FieldView> = {
  datetime: datetimeField,
  present: presentField,
  method: methodField,
  citizen: citizenField,
  statements: statementsField,
  wording: wordingField,
  timeline: timelineField,
  checklist: checklistField,
  future: (ctx) => textField(ctx, 'future'),
  other: (ctx) => textField(ctx, 'other'),
};

export function renderRecord(root: HTMLElement): void {
  const { transcript } = store.getState();
  if (!transcript) return;
  const form = FORM_OF[transcript.profile];
  const fields = form.fields.map((f) => ({ key: f.key, view: FIELDS[f.key]({ transcript, form, label: f.label, id: `rec-${f.key}` }) }));
  const summary = h('div', { class: 'record-summary', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'record-submit' }, '記録を提出する');
  const skip = recordSkippable() ? h('button', { type: 'button', class: 'secondary', id: 'record-skip', 'aria-describedby': 'record-skip-note' }, '記録を省略する') : null;
  skip?.addEventListener('click', skipRecord);
  let blanksShown = '';

  const el = h(
    'form',
    { class: 'panel record', 'aria-labelledby': 'record-title', novalidate: '' },
    h('h2', { id: 'record-title', tabindex: '-1' }, form.title),
    h('p', { class: 'lead' }, '対応が終わりました。実際にあったことを、事実のとおりに記録してください。'),
    form.trainingForm ? h('p', { class: 'training-form' }, form.trainingForm) : null,
    h('ul', { class: 'record-sources', 'aria-label': '根拠' }, ...form.sources.map((c) => h('li', {}, h('cite', {}, `${c.doc} ${c.section}`), `「${c.quote}」`))),
    ...fields.map((f) => f.view.el),
    summary,
    h('div', { class: 'buttons' }, submit, skip, skip ? h('span', { class: 'hint', id: 'record-skip-note' }, '省略すると、この受講は未修了になります。') : null),
  );

  el.addEventListener('submit', (ev) => {
    ev.preventDefault();
    for (const bad of el.querySelectorAll('[aria-invalid]')) bad.removeAttribute('aria-invalid');
    el.querySelectorAll('.field-error').forEach((e) => e.remove());
    const sheet: RecordSheet = { version: RECORD_VERSION, form: form.id };
    for (const f of fields) f.view.fill(sheet);
    const errors = fields.flatMap((f) => f.view.errors?.() ?? []);
    // The server's own check (a time far from the encounter is refused there): said here first, at the field.
    const problem = errors.length ? null : checkRecord(transcript, sheet);
    if (problem && /^record\.(start|end)$/.test(problem[0])) {
      const input = el.querySelector<HTMLElement>(`#rec-datetime-${problem[0].slice(7)}`)!;
      errors.push([input, `${problem[0].endsWith('start') ? '開始' : '終了'}時刻が対応の時間帯から離れすぎています（${startedAt(transcript)}）。`]);
    }
    if (errors.length) {
      errors.forEach(([input, message], i) => {
        const id = `record-error-${i}`;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
        input.closest('label')!.after(h('p', { class: 'field-error', id }, message));
      });
      summary.replaceChildren(h('p', {}, `直してから提出してください（${errors.length}か所）。`));
      errors[0]![0].focus();
      blanksShown = '';
      return;
    }
    const blanks = fields.flatMap((f) => f.view.blanks?.() ?? []).join('、');
    if (blanks && blanks !== blanksShown) {
      // Blanks are allowed (and graded as missing): said once, then the same button sends.
      blanksShown = blanks;
      summary.replaceChildren(h('p', {}, `未記入の項目があります：${blanks}。このまま提出すると、未記入として採点されます。`));
      submit.textContent = '未記入のまま提出する';
      return;
    }
    submitRecord(sheet);
  });
  root.replaceChildren(el);
  (el.querySelector('#record-title') as HTMLElement).focus();
}
