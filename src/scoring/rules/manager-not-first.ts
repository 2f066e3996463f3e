import { acts, findBefore, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

const DANGER = acts('customer.violence', 'customer.threat');

export const managerNotFirst: Rule = {
  id: 'manager_not_first',
  name: '責任者を最初に出さない',
  weight: 10,
  feedback: {
    upheld: '「責任者を出せ」と言われても、担当者として対応を続けられました。責任者は、報告を受けて組織として判断してから対応します。',
    violated:
      '責任者に代わるのは、上司に報告し、経緯を伝えてからです。最初に責任者が対応すると、その場での判断を求められ、その後も責任者が対応し続けることになります（奥州市）。「私が担当ですので、お話を伺います」「上司には私から報告します」と告げてください。',
  },
  evaluate(ctx) {
    const escalations = indexesOf(ctx, 'staff.escalate_manager');
    const firstDemand = findFrom(ctx, 'customer.demand_manager');
    if (escalations.length === 0 && firstDemand < 0) return { verdict: 'not_applicable', events: [] };
    for (const i of escalations) {
      if (findBefore(ctx, DANGER, i) >= 0) continue;
      // 南陽市 6(1)⑤: handing over with the story told (brief_handover) is itself the report to the superior.
      const reported = findBefore(ctx, 'staff.report_supervisor', i) >= 0 || (ctx.profile.handOverAfterReport && ctx.acts.slice(i, i + 3).includes('staff.brief_handover'));
      const demanded = firstDemand >= 0 && firstDemand < i;
      const inCharge = demanded ? findFrom(ctx, 'staff.state_in_charge', firstDemand) : -1;
      // 南陽市 6(1)⑤ 「躊躇せず別の担当者や上位者に代わる」: once reported, handing over is right, demanded or not.
      const answeredAsHandler = !demanded || ctx.profile.handOverAfterReport || (inCharge >= 0 && inCharge < i);
      if (!reported || !answeredAsHandler) return { verdict: 'violated', events: demanded ? [firstDemand, i] : [i] };
    }
    const inCharge = indexesOf(ctx, 'staff.state_in_charge');
    return { verdict: 'upheld', events: inCharge.length ? inCharge : escalations };
  },
};
