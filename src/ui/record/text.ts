// 今後の対応 and その他: free text for the trainer, not graded.
import type { RecordSheet } from '../../model/record';
import { h } from '../dom';
import { fieldset, type FieldContext, type FieldView } from './field';

export function textField(ctx: FieldContext, key: 'future' | 'other'): FieldView {
  const area = h('textarea', { id: `${ctx.id}-text`, 'aria-label': ctx.label, rows: '3', maxlength: '2000', 'aria-describedby': `${ctx.id}-hint` });
  return {
    el: fieldset(ctx, h('p', { class: 'hint', id: `${ctx.id}-hint` }, '自由記述（採点されません。研修担当者が読みます）'), area),
    fill(sheet: RecordSheet) {
      if (area.value.trim()) sheet[key] = area.value.trim();
    },
  };
}
