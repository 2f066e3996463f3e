// 内容・相手の主張: for each statement (the citizen's real lines among distractors), 「言った」 or 「言っていない」.
import { statementsFor } from '../../model/records/statements';
import { h } from '../dom';
import { checked, fieldset, options, type FieldContext, type FieldView } from './field';

export function statementsField(ctx: FieldContext): FieldView {
  const rows = statementsFor(ctx.transcript).map((s) => {
    const said = options<'yes' | 'no'>('radio', `${ctx.id}-${s.id}`, [['yes', '言った'], ['no', '言っていない']]);
    return { id: s.id, said, el: h('fieldset', { class: 'sub statement' }, h('legend', {}, `「${s.text}」`), said.el) };
  });
  return {
    el: rows.length ? fieldset(ctx, h('p', { class: 'hint' }, '相手が実際にそのとおり言ったかどうかを選びます。'), ...rows.map((r) => r.el)) : fieldset(ctx, h('p', { class: 'hint' }, 'この場面では、相手の言葉を確かめる項目はありません。')),
    fill(sheet) {
      sheet.statements = rows.flatMap((r) => {
        const v = checked(r.said.inputs);
        return v ? [{ id: r.id, said: v === 'yes' }] : [];
      });
    },
    blanks: () => {
      const n = rows.filter((r) => !checked(r.said.inputs)).length;
      return n ? [`相手の言葉 ${n}件`] : [];
    },
  };
}
