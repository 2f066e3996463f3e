// 相手の情報: what the trainee could observe. 性別 and 年代 are graded against the persona drawn; 特徴 is kept as text.
import { GENDERS, type Gender } from '../../model/record';
import { h } from '../dom';
import { checked, fieldset, options, type FieldContext, type FieldView } from './field';

const GENDER_LABELS: Record<Gender, string> = { man: '男性', woman: '女性', unknown: 'わからない' };
const DECADES = [10, 20, 30, 40, 50, 60, 70, 80, 90];

export function citizenField(ctx: FieldContext): FieldView {
  const gender = options<Gender>('radio', `${ctx.id}-gender`, GENDERS.map((g) => [g, GENDER_LABELS[g]]));
  const decade = h('select', { id: `${ctx.id}-decade` }, h('option', { value: '' }, '選択してください'), ...DECADES.map((d) => h('option', { value: String(d) }, `${d}代`)));
  const features = h('input', { type: 'text', id: `${ctx.id}-features`, maxlength: '200', autocomplete: 'off' });
  return {
    el: fieldset(
      ctx,
      h('fieldset', { class: 'sub' }, h('legend', {}, '性別'), gender.el),
      h('div', { class: 'options' }, h('label', { for: decade.id }, h('span', {}, '年代'), decade), h('label', { class: 'wide', for: features.id }, h('span', {}, '特徴'), features)),
    ),
    fill(sheet) {
      const g = checked(gender.inputs);
      const citizen = { ...(g ? { gender: g } : {}), ...(decade.value ? { decade: Number(decade.value) } : {}), ...(features.value.trim() ? { features: features.value.trim() } : {}) };
      if (Object.keys(citizen).length) sheet.citizen = citizen;
    },
    blanks: () => [!checked(gender.inputs) && '相手の性別', !decade.value && '相手の年代'].filter((x): x is string => !!x),
  };
}
