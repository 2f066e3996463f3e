// 日時: start and end as HH:MM on the in-game wall clock. Typed as text (a Japanese IME may give full-width
// digits and 「：」, and 「1005」 is read as 10:05), so no browser's own time picker decides the format.
import { fromWallClock, minuteOfDay, wallClock } from '../../model/clock';
import { scenarioStart } from '../../model/scenarios';
import type { Transcript } from '../../model/transcript';
import { h } from '../dom';
import { fieldset, type FieldContext, type FieldView } from './field';

/** "HH:MM" from what was typed, '' when blank, or null when it is not a time. */
export function normaliseTime(text: string): string | null {
  const s = text.replace(/[０-９：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');
  if (!s) return '';
  const m = /^(\d{1,2}):?(\d{2})$/.exec(s);
  if (!m) return null;
  const out = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return minuteOfDay(out) === null ? null : out;
}

/** 「対応は22:00に始まりました」: the trainee is told where the encounter's wall clock began (the form and its check say it). */
export function startedAt(t: Transcript): string {
  return `対応は${wallClock(0, scenarioStart(t.scenario))}に始まりました`;
}

export function datetimeField(ctx: FieldContext): FieldView {
  const start = scenarioStart(ctx.transcript.scenario);
  const example = `「${wallClock(5 * 60, start)}」のように`;
  const hint = h('p', { class: 'hint', id: `${ctx.id}-hint` }, `画面の時計の時刻を${example}入力します（${startedAt(ctx.transcript)}）。`);
  const box = (which: string, key: string) => {
    const input = h('input', { type: 'text', id: `${ctx.id}-${key}`, inputmode: 'numeric', autocomplete: 'off', size: '6', maxlength: '5', placeholder: wallClock(0, start), 'aria-describedby': `${ctx.id}-hint` });
    return { input, el: h('label', { class: 'time-box', for: input.id }, h('span', {}, which), input) };
  };
  const from = box('開始', 'start');
  const end = box('終了', 'end');
  return {
    el: fieldset(ctx, hint, h('div', { class: 'options' }, from.el, end.el)),
    fill(sheet) {
      const s = normaliseTime(from.input.value);
      const e = normaliseTime(end.input.value);
      if (s) sheet.start = s;
      if (e) sheet.end = e;
    },
    errors() {
      const out: [HTMLElement, string][] = [];
      const s = normaliseTime(from.input.value);
      const e = normaliseTime(end.input.value);
      if (s === null) out.push([from.input, `開始時刻は${example}、時と分で入力してください。`]);
      if (e === null) out.push([end.input, `終了時刻は${example}、時と分で入力してください。`]);
      // Read on the encounter's clock, so an end after midnight (00:10 after 23:50) is not before its start.
      if (s && e && fromWallClock(e, start)! < fromWallClock(s, start)!) out.push([end.input, '終了時刻が開始時刻より前になっています。']);
      return out;
    },
    blanks() {
      return [!from.input.value.trim() && '開始時刻', !end.input.value.trim() && '終了時刻'].filter((x): x is string => !!x);
    },
  };
}
