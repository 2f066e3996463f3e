import { acts, findBefore, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

export const DEMANDS = acts(
  'customer.demand_money', 'customer.demand_dogeza', 'customer.demand_special', 'customer.demand_transfer', 'customer.demand_apology',
);
// 奥州市 第4 1(5)① 「要求が受け入れられたと捉えられるような不用意な発言はしない」: a vague promise to an undue demand is giving in.
const GIVING_IN = acts('staff.concede', 'staff.promise_vague');
// Giving in to these is grave whatever else went well: 土下座 (強要罪, 南陽市 9(2)) and money (恐喝罪).
const GRAVE = acts('customer.demand_dogeza', 'customer.demand_money');

export const refuseUndueDemand: Rule = {
  id: 'refuse_undue_demand',
  name: '不当な要求に応じない',
  weight: 25,
  feedback: {
    upheld: '不当な要求に応じず、丁寧かつ明確に断れました。',
    violated:
      '早く終わらせたくても、不当な要求には応じないでください。「何とかします」のような期待を持たせる言い方も、要求が受け入れられたと受け取られます。特別な対応はできないことをはっきり伝えます。例：「申し訳ございませんが、お申し出の内容には対応できません。」「法令に基づき適切に対応いたします。」',
  },
  evaluate(ctx) {
    const demands = indexesOf(ctx, DEMANDS);
    if (!demands.length) return { verdict: 'not_applicable', events: [] };
    // A vague promise gives in where the document says so, unless a clear refusal follows it.
    const givesIn = (i: number) =>
      ctx.acts[i] === 'staff.concede' || (ctx.profile.vagueIsGivingIn && findFrom(ctx, 'staff.refuse', i) < 0);
    const conceded = indexesOf(ctx, GIVING_IN).filter((i) => findBefore(ctx, DEMANDS, i) >= 0 && givesIn(i));
    if (conceded.length) {
      const grave = conceded.some((i) => ctx.acts[i] === 'staff.concede' && GRAVE.has(ctx.acts[findBefore(ctx, DEMANDS, i)]!));
      return { verdict: 'violated', events: conceded, ...(grave ? { critical: true } : {}) };
    }
    const refused = indexesOf(ctx, 'staff.refuse').filter((i) => findBefore(ctx, DEMANDS, i) >= 0);
    return { verdict: 'upheld', events: refused };
  },
};
