import { acts, findBefore, indexesOf } from '../context';
import type { Rule } from '../types';

export const DEMANDS = acts(
  'customer.demand_money', 'customer.demand_dogeza', 'customer.demand_special', 'customer.demand_transfer', 'customer.demand_apology',
);

export const refuseUndueDemand: Rule = {
  id: 'refuse_undue_demand',
  name: '不当な要求に応じない',
  summary: '金銭・土下座・特別扱い・職員の処分や異動・文書や自宅での謝罪を要求されて応じたら違反。丁寧かつ明確に断ったら遵守。要求がなければ対象外。',
  weight: 3,
  feedback: {
    upheld: '不当な要求に応じず、丁寧かつ明確に断れました。',
    violated:
      '早く終わらせたくても、不当な要求には応じないでください。特別な対応はできないことをはっきり伝えます。例：「申し訳ございませんが、お申し出の内容には対応できません。」「法令に基づき適切に対応いたします。」',
  },
  evaluate(ctx) {
    const demands = indexesOf(ctx, DEMANDS);
    if (!demands.length) return { verdict: 'not_applicable', events: [] };
    const conceded = indexesOf(ctx, 'staff.concede').filter((i) => findBefore(ctx, DEMANDS, i) >= 0);
    if (conceded.length) {
      const dogeza = conceded.some((i) => ctx.acts[findBefore(ctx, DEMANDS, i)] === 'customer.demand_dogeza');
      return { verdict: 'violated', events: conceded, critical: dogeza };
    }
    const refused = indexesOf(ctx, 'staff.refuse').filter((i) => findBefore(ctx, DEMANDS, i) >= 0);
    return { verdict: 'upheld', events: refused };
  },
};
