import { acts, findFrom, RESOLUTIONS } from '../context';
import { limitStart } from '../profiles';
import type { Rule, RuleContext } from '../types';

// 南陽市 5: at 30 minutes 「組織的な対応に移り、退去の方向に進める」 / 「切電の対応に移る」: the exit or 切電 procedure begins.
const EXIT_BEGINS: ReadonlySet<string> = new Set([
  ...RESOLUTIONS,
  ...acts('staff.warn', 'staff.final_warning', 'staff.report_supervisor', 'staff.escalate_manager', 'staff.set_time_limit'),
]);

/** Seconds at which the limit falls due, or null when it never started (no harassment, or no limit in the document). */
export function limitDue(ctx: RuleContext): number | null {
  const start = limitStart(ctx.profile, ctx.firstCue < 0 ? null : ctx.times[ctx.firstCue]!);
  // A meeting that never turned to harassment has no limit to keep, even where the clock runs from its start.
  if (start === null || ctx.firstCue < 0) return null;
  return start + ctx.profile.timeLimitMinutes! * 60;
}

export const timeLimit: Rule = {
  id: 'time_limit',
  name: '対応時間の管理',
  summary:
    '対応時間の目安（奥州市・南陽市・由利本荘市は30分、仙台市・岡山市は数値の定めがなく対象外）以内に、対応終了を告げるか相手が帰る・落ち着けば遵守。目安を過ぎても終わらなければ違反。時計は奥州市・南陽市ではカスハラの兆候から、由利本荘市では面談の開始から数える。南陽市では30分までに退去・切電の手順（警告、上司への報告、対応終了の告知）に入っていれば遵守。',
  weight: 15,
  feedback: {
    upheld: '目安の時間内に対応を区切れました。長引きそうなときは、最初に「〇時までならお話を伺うことができます」と対応できる時間を告げておくと区切りやすくなります。',
    violated:
      '30分を目安に、対応を区切ってください。最初に「他の予定もございますので、〇時までならお話を伺うことができます」と時間を告げ、時間になったら「お時間となりました。他の予定がございますので、お引き取りください」と伝えます。',
  },
  evaluate(ctx) {
    const due = limitDue(ctx);
    if (due === null) return { verdict: 'not_applicable', events: [] };
    const from = ctx.profile.timeLimitFrom === 'start' ? 0 : ctx.firstCue;
    const end = findFrom(ctx, ctx.profile.timeLimitRequires === 'begin_exit' ? EXIT_BEGINS : RESOLUTIONS, from);
    if (end >= 0 && ctx.times[end]! <= due) return { verdict: 'upheld', events: [end] };
    const last = ctx.times.length - 1;
    if (end < 0 && ctx.times[last]! <= due) return { verdict: 'not_applicable', events: [] };
    const over = ctx.times.findIndex((t) => t > due);
    return { verdict: 'violated', events: end >= 0 ? [ctx.firstCue, end] : [ctx.firstCue, over] };
  },
};
