import { RESOLUTIONS, findFrom } from '../context';
import type { Rule, RuleContext } from '../types';

/** Seconds at which the limit falls due, or null when no harassment occurred. */
export function limitDue(ctx: RuleContext): number | null {
  return ctx.firstCue < 0 ? null : ctx.times[ctx.firstCue]! + ctx.profile.timeLimitMinutes * 60;
}

export const timeLimit: Rule = {
  id: 'time_limit',
  name: '対応時間の管理',
  summary:
    '最初のカスハラの兆候から対応時間の目安（5市とも30分）以内に、対応終了を告げるか相手が帰る・落ち着けば遵守。目安を過ぎても終わらなければ違反。兆候が出る前の時間は数えない。',
  weight: 2,
  feedback: {
    upheld: '目安の時間内に対応を区切れました。長引きそうなときは、最初に「〇時までならお話を伺うことができます」と対応できる時間を告げておくと区切りやすくなります。',
    violated:
      '同じ要求の繰り返しや居座りが始まってから30分を目安に、対応を区切ってください。最初に「他の予定もございますので、〇時までならお話を伺うことができます」と時間を告げ、時間になったら「お時間となりました。他の予定がございますので、お引き取りください」と伝えます。',
  },
  evaluate(ctx) {
    const due = limitDue(ctx);
    if (due === null) return { verdict: 'not_applicable', events: [] };
    const end = findFrom(ctx, RESOLUTIONS, ctx.firstCue);
    if (end >= 0 && ctx.times[end]! <= due) return { verdict: 'upheld', events: [end] };
    const last = ctx.times.length - 1;
    if (end < 0 && ctx.times[last]! <= due) return { verdict: 'not_applicable', events: [] };
    const over = ctx.times.findIndex((t) => t > due);
    return { verdict: 'violated', events: end >= 0 ? [ctx.firstCue, end] : [ctx.firstCue, over] };
  },
};
