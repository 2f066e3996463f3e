// 対応者 (who was present, ticked) and 対応方法 (one of 南陽市's five), with the grading's own labels.
import { METHODS, PRESENT, presentLabels, type Method, type Present } from '../../model/record';
import { METHOD_LABELS } from '../../model/records/grade';
import { checked, fieldset, options, type FieldContext, type FieldView } from './field';

export function presentField(ctx: FieldContext): FieldView {
  const { el, inputs } = options<Present>('checkbox', `${ctx.id}-who`, PRESENT.map((p) => [p, presentLabels(ctx.transcript.scenario)[p]]));
  return {
    el: fieldset(ctx, el),
    fill(sheet) {
      sheet.present = PRESENT.filter((p) => inputs.get(p)!.checked);
    },
    blanks: () => (PRESENT.some((p) => inputs.get(p)!.checked) ? [] : ['対応者']),
  };
}

export function methodField(ctx: FieldContext): FieldView {
  const { el, inputs } = options<Method>('radio', `${ctx.id}-method`, METHODS.map((m) => [m, METHOD_LABELS[m]]));
  return {
    el: fieldset(ctx, el),
    fill(sheet) {
      const m = checked(inputs);
      if (m) sheet.method = m;
    },
    blanks: () => (checked(inputs) ? [] : ['対応方法']),
  };
}
