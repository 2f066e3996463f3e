import { acts, findBefore, indexesOf } from '../context';
import type { Rule } from '../types';

const APOLOGY_DEMANDS = acts('customer.demand_dogeza', 'customer.demand_apology');

export const limitedApology: Rule = {
  id: 'limited_apology',
  name: '謝罪の限定',
  weight: 10,
  feedback: {
    upheld: '何に対するお詫びかを限定して謝罪できました。市として事実や責任を認めたと受け取られない言い方を続けてください。',
    violated:
      '事実関係が分からないうちは、市の非を認める謝罪をしないでください。お詫びは相手が不快な思いをしたことに限ります。例：「ご不快な思いをおかけし申し訳ありません」。土下座や書面での謝罪には「お詫びにつきましては、先ほどお伝えさせていただいたところであり、土下座はできません」と応じます。',
  },
  evaluate(ctx) {
    const violations: number[] = [];
    const upholds: number[] = [];
    const grievance = ctx.acts.indexOf('customer.valid_grievance');
    for (const i of indexesOf(ctx, 'staff.apologize_full')) {
      if (grievance < 0 || grievance > i) violations.push(i);
    }
    // Giving in to a demanded apology (土下座, 書面) is refuse_undue_demand's to count; refusing it keeps the apology limited.
    for (const i of indexesOf(ctx, 'staff.refuse')) if (findBefore(ctx, APOLOGY_DEMANDS, i) >= 0) upholds.push(i);
    upholds.push(...indexesOf(ctx, 'staff.apologize_limited'));
    if (violations.length) return { verdict: 'violated', events: violations };
    if (upholds.length) return { verdict: 'upheld', events: upholds.sort((a, b) => a - b) };
    return { verdict: 'not_applicable', events: [] };
  },
};
