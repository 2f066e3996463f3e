import { CHANNEL_RULES } from '../channels';
import { acts, findBefore, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

// Ending the response and the exit order; a hang-up is the receiver's own step on the phone (南陽市 7(1)【電話の場合】ステップ3).
const DECISIONS = acts('staff.end_response', 'staff.order_leave');
// After these the response may stop at once (奥州市 第3 2(2)オ 「直ちに対応を中止」; 南陽市 7(1)③ 暴力を振るおうとしている場合).
const DANGER = acts('customer.violence', 'customer.property_damage', 'customer.threat');
// A report upward, the manager taking over, or (the supervisor's own seat) deciding with the 所管課長 or another person.
const ORGANISATION = acts('staff.report_supervisor', 'staff.escalate_manager', 'staff.decide_together');

export const orgDecision: Rule = {
  id: 'org_decision',
  name: '対応の中止・退去命令は組織で判断する',
  weight: 15,
  feedback: {
    upheld: '対応を打ち切る前に上司へ報告し、組織として判断できました。',
    violated:
      '対応の中止や退去命令は、担当者一人の判断ではなく、組織で判断します。「上司に報告いたしますので、少々お待ちください」と伝えて上司（係長・課長補佐・所管課長など）に経緯を報告し、上司から中止を伝え、退去を命じてもらいます（南陽市では所管課長を含めた複数名で判断）。あなたは一歩下がり、記録に回ります。',
  },
  evaluate(ctx) {
    if (!CHANNEL_RULES[ctx.channel].orgDecision || ctx.firstCue < 0) return { verdict: 'not_applicable', events: [] };
    const decisions = indexesOf(ctx, DECISIONS).filter((i) => i > ctx.firstCue && findBefore(ctx, DANGER, i) < 0);
    if (!decisions.length) return { verdict: 'not_applicable', events: [] };
    const reported = findFrom(ctx, ORGANISATION, ctx.firstCue);
    const alone = decisions.filter((i) => reported < 0 || reported > i);
    if (alone.length) return { verdict: 'violated', events: alone };
    // The one who took the report still decides with another (南陽市 7(2)① 「所管課長を含めた複数名で判断する」):
    // a decision taken alone after the handover is no organisational one, whoever takes it.
    const single = decisions.filter((i) => {
      const self = findBefore(ctx, 'staff.decide_alone', i);
      const together = findFrom(ctx, 'staff.decide_together', self);
      return self >= 0 && (together < 0 || together > i);
    });
    if (single.length) return { verdict: 'violated', events: single };
    return { verdict: 'upheld', events: [reported, decisions[0]!] };
  },
};
