// 日時: start and end as HH:MM on the in-game wall clock. Typed as text (a Japanese IME may give full-width
// digits and 「：」, and 「1005」 is read as 10:05), so no browser's own time picker decides the format.
import { fromWallClock } from '../../model/clock';
import { h } from '../dom';
import { fieldset, type FieldContext, type FieldView } from './field';

/** "HH:MM" from what was typed, '' when blank, or null when it is not a time. */
export function normaliseTime(text: string): string | null {
  const s = text.replace(/[０-９：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');
  if (!s) return '';
  const m = /^(\d{1,2}):?(\d{2})$/.exec(s);
  if (!m) return null;
  const out = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return fromWallClock(out) === null ? null : out;
}

export function datetimeField(ctx: FieldContext): FieldView {
  const hint = h('p', { class: 'hint', id: `${ctx.id}-hint` }, '画面の時計の時刻を「10:05」のように入力します（対応は10:00に始まりました）。');
  const box = (which: string, key: string) => {
    const input = h('input', { type: 'text', id: `${ctx.id}-${key}`, inputmode: 'numeric', autocomplete: 'off', size: '6', maxlength: '5', placeholder: '10:00', 'aria-describedby': `${ctx.id}-hint` });
    return { input, el: h('label', { class: 'time-box', for: input.id }, h('span', {}, which), input) };
  };
  const start = box('開始', 'start');
  const end = box('終了', 'end');
  return {
    el: fieldset(ctx, hint, h('div', { class: 'options' }, start.el, end.el)),
    fill(sheet) {
      const s = normaliseTime(start.input.value);
      const e = normaliseTime(end.input.value);
      if (s) sheet.start = s;
      if (e) sheet.end = e;
    },
    errors() {
      const out: [HTMLElement, string][] = [];
      const s = normaliseTime(start.input.value);
      const e = normaliseTime(end.input.value);
      if (s === null) out.push([start.input, '開始時刻は「10:05」のように、時と分で入力してください。']);
      if (e === null) out.push([end.input, '終了時刻は「10:05」のように、時と分で入力してください。']);
      if (s && e && fromWallClock(e)! < fromWallClock(s)!) out.push([end.input, '終了時刻が開始時刻より前になっています。']);
      return out;
    },
    blanks() {
      return [!start.input.value.trim() && '開始時刻', !end.input.value.trim() && '終了時刻'].filter((x): x is string => !!x);
    },
  };
}
