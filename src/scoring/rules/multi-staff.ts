import { CHANNEL_RULES } from '../channels';
import { acts, ENDINGS, findBefore, findFrom } from '../context';
import type { Rule, RuleContext } from '../types';

const VIOLENCE = acts('customer.violence', 'customer.property_damage');
const OUT_THERE = acts('staff.visit_alone', 'staff.visit_pair', 'staff.enter_home');
// On mail, what goes out on the section's behalf after the harassment began: an answer, a refusal, a warning, an end.
const MAIL_DECISIONS = acts('staff.explain', 'staff.refuse', 'staff.concede', 'staff.promise_vague', 'staff.retort', 'staff.argue', 'staff.warn', 'staff.final_warning', 'staff.end_response', 'staff.call_police');

/** Index of the first act by which a second member of staff joined, or -1. */
function firstJoin(ctx: RuleContext): number {
  for (let i = 0; i < ctx.acts.length; i++) {
    const a = ctx.acts[i];
    if (a === 'staff.call_colleague' || a === 'staff.visit_pair') return i;
    // The manager joining counts once the staff has reported (南陽市 7(1)②), or hands over with the story told (6(1)⑤).
    if (a === 'staff.escalate_manager' && (findBefore(ctx, 'staff.report_supervisor', i) >= 0 || ctx.acts.slice(i, i + 3).includes('staff.brief_handover'))) return i;
  }
  return -1;
}

export const multiStaff: Rule = {
  id: 'multi_staff',
  name: '複数対応',
  weight: 15,
  feedback: {
    upheld: '一人で抱え込まず、複数で対応できました。対応前に記録係や通報係などの役割を決めておくと、さらに落ち着いて対応できます。',
    violated:
      '威圧的な言動や居座りが始まったら、一人で対応を続けず、周りの職員に声をかけて複数で対応してください（相手と同数以上が目安）。記録や緊急時の通報の役割も分担します。',
  },
  evaluate(ctx) {
    const company = CHANNEL_RULES[ctx.channel].company;
    if (company === 'none' || ctx.firstCue < 0) return { verdict: 'not_applicable', events: [] };
    // Mail: nobody sits beside an inbox; the 係長 consulted before an answer or a decision goes out is the second person.
    if (company === 'consulted') {
      const consulted = findFrom(ctx, 'staff.report_supervisor', ctx.firstCue);
      const acted = findFrom(ctx, MAIL_DECISIONS, ctx.firstCue);
      if (consulted >= 0 && (acted < 0 || consulted < acted)) return { verdict: 'upheld', events: [consulted] };
      return acted >= 0 ? { verdict: 'violated', events: [ctx.firstCue, acted] } : { verdict: 'violated', events: [ctx.firstCue] };
    }
    // Off site, nothing is faced in person until someone goes: declining the summons on the phone is the rule (第4 1(6)①).
    if (ctx.channel === 'offsite' && findFrom(ctx, OUT_THERE) < 0) return { verdict: 'not_applicable', events: [] };
    // Off site, a colleague who stayed at the office is no company at the door (奥州市 第4 1(6)②).
    if (ctx.channel === 'offsite' && findFrom(ctx, 'staff.visit_alone') >= 0 && findFrom(ctx, 'staff.visit_pair') < 0) {
      return { verdict: 'violated', events: [findFrom(ctx, 'staff.visit_alone')] };
    }
    const join = firstJoin(ctx);
    // Offered a colleague once the conduct turned harassing, the trainee chose to stay alone, and violence came before
    // anyone joined: the manager who came after it answered the violence, not the trainee's call for company (a
    // reviewer's 「一人で対応を続ける」 was praised as 複数対応 for the 課長 who ran over after the throw).
    const violence = findFrom(ctx, VIOLENCE, ctx.firstCue);
    if (violence >= 0 && (join < 0 || join > violence)) {
      const alone = ctx.transcript.events.findIndex((e, i) => i >= ctx.firstCue && i < violence && e.declined?.includes('staff.call_colleague'));
      if (alone >= 0) return { verdict: 'violated', events: [alone, violence] };
    }
    const ending = findFrom(ctx, ENDINGS);
    if (join >= 0 && (ending < 0 || join < ending)) return { verdict: 'upheld', events: [join] };
    return { verdict: 'violated', events: ending >= 0 ? [ctx.firstCue, ending] : [ctx.firstCue] };
  },
};
