// The form's checklist (南陽市's 17 items), each ticked or not.
import { h } from '../dom';
import { fieldset, type FieldContext, type FieldView } from './field';

export function checklistField(ctx: FieldContext): FieldView {
  const items = (ctx.form.checklist ?? []).map((c) => {
    const input = h('input', { type: 'checkbox', id: `${ctx.id}-${c.n}`, value: String(c.n) });
    return { n: c.n, input, el: h('li', {}, h('label', { for: input.id }, input, h('span', { class: 'n' }, `${c.n}`), h('span', {}, c.text))) };
  });
  return {
    el: fieldset(ctx, h('p', { class: 'hint' }, 'あてはまる項目にチェックを付けます。'), h('ol', { class: 'checklist' }, ...items.map((i) => i.el))),
    fill(sheet) {
      sheet.checklist = items.filter((i) => i.input.checked).map((i) => i.n);
    },
  };
}
