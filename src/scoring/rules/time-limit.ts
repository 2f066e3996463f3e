import { acts, ENDINGS, findBefore, RESOLUTIONS } from '../context';
import { clockStartIndex } from '../profiles';
import type { Rule, RuleContext } from '../types';

// 南陽市 5: at 30 minutes 「組織的な対応に移り、退去の方向に進める」 / 「切電の対応に移る」: the exit or 切電 procedure begins.
const EXIT_STEPS = acts('staff.warn', 'staff.final_warning', 'staff.report_supervisor', 'staff.end_response', 'staff.order_leave', 'staff.hang_up');

interface Episode {
  /** Index the clock runs from, and the index that ended the episode (or -1). */
  from: number;
  end: number;
  due: number;
}

/**
 * The stretches the limit applies to: from where the document's clock starts to the response's end. A citizen who
 * calms down ends one; harassment that starts again after it starts the clock again from that cue.
 */
function episodes(ctx: RuleContext): Episode[] {
  const minutes = ctx.profile.timeLimitMinutes;
  const first = clockStartIndex(ctx.profile, ctx.acts);
  if (minutes === null || first < 0) return [];
  const out: Episode[] = [];
  let from = first;
  while (from >= 0) {
    let end = -1;
    for (let i = Math.max(from, ctx.firstCue); i < ctx.acts.length && end < 0; i++) if (RESOLUTIONS.has(ctx.acts[i]!)) end = i;
    out.push({ from, end, due: ctx.times[from]! + minutes * 60 });
    const again = end >= 0 && ctx.acts[end] === 'customer.calm' ? ctx.cues.find((c) => c > end) : undefined;
    from = again ?? -1;
  }
  return out;
}

/** Seconds at which the (first) limit falls due, or null when it never started. */
export function limitDue(ctx: RuleContext): number | null {
  return episodes(ctx)[0]?.due ?? null;
}

export const timeLimit: Rule = {
  id: 'time_limit',
  name: '対応時間の管理',
  weight: 15,
  harassmentProcedure: true,
  feedback: {
    upheld: '目安の時間内に対応を区切れました。長引きそうなときは、最初に「〇時までならお話を伺うことができます」と対応できる時間を告げておくと区切りやすくなります。',
    violated:
      '30分を目安に、対応を区切ってください。最初に「他の予定もございますので、〇時までならお話を伺うことができます」と時間を告げ、時間になったら「お時間となりました。他の予定がございますので、お引き取りください」と伝えます。',
  },
  evaluate(ctx) {
    const list = episodes(ctx);
    if (!list.length) return { verdict: 'not_applicable', events: [] };
    const minutes = ctx.profile.timeLimitMinutes! * 60;
    const kept: number[] = [];
    for (const { from, end, due } of list) {
      const endsAt = end >= 0 ? ctx.times[end]! : null;
      if (endsAt !== null && endsAt <= due) {
        // Ended in time because the demand was met: no time was kept (refuse_undue_demand judges the concession).
        if (findBefore(ctx, 'staff.concede', end) < from) kept.push(end);
        continue;
      }
      if (ctx.profile.timeLimitRequires === 'begin_exit') {
        let step = -1;
        for (let i = from + 1; i < ctx.acts.length && ctx.times[i]! <= due && step < 0; i++) if (EXIT_STEPS.has(ctx.acts[i]!)) step = i;
        // The procedure begun must be what ends it: the staff's own end, 切電 or exit order, within another limit.
        if (step >= 0 && endsAt !== null && endsAt <= due + minutes && ENDINGS.has(ctx.acts[end]!)) {
          kept.push(step, end);
          continue;
        }
      }
      // Still going when the transcript stops, but not yet past the limit: nothing to judge.
      if (endsAt === null && ctx.times.at(-1)! <= due) continue;
      const over = ctx.times.findIndex((t) => t > due);
      return { verdict: 'violated', events: end >= 0 ? [from, end] : [from, over] };
    }
    return kept.length ? { verdict: 'upheld', events: kept } : { verdict: 'not_applicable', events: [] };
  },
};
