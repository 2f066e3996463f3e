// For each fact, the wording the record keeps: the objective one or the impression, in a seeded mixed order so the
// fact is not always first.
import { wordingFor } from '../../model/records/wording';
import { hash, random } from '../../model/random';
import { h } from '../dom';
import { checked, fieldset, options, type FieldContext, type FieldView } from './field';

export function wordingField(ctx: FieldContext): FieldView {
  const items = wordingFor(ctx.transcript);
  const next = random((ctx.transcript.seed ?? 0) ^ hash(items.map((w) => w.id).join()));
  const rows = items.map((w, i) => {
    const pair: [('fact' | 'impression'), string][] = [['fact', w.fact], ['impression', w.impression]];
    const choice = options<'fact' | 'impression'>('radio', `${ctx.id}-${w.id}`, next() < 0.5 ? pair : pair.reverse());
    return { id: w.id, choice, el: h('fieldset', { class: 'sub wording' }, h('legend', {}, `記録する書き方 ${i + 1}`), choice.el) };
  });
  return {
    el: rows.length ? fieldset(ctx, h('p', { class: 'hint' }, '記録に書く文を、それぞれ一つ選びます。'), ...rows.map((r) => r.el)) : fieldset(ctx, h('p', { class: 'hint' }, 'この場面では、書き方を選ぶ項目はありません。')),
    fill(sheet) {
      sheet.wording = rows.flatMap((r) => {
        const v = checked(r.choice.inputs);
        return v ? [{ id: r.id, choice: v }] : [];
      });
    },
    blanks: () => {
      const n = rows.filter((r) => !checked(r.choice.inputs)).length;
      return n ? [`書き方 ${n}件`] : [];
    },
  };
}
