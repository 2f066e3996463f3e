import { acts, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

// Not owning a confirmed error: 「システムの処理の関係で」, 「規則どおりに処理しております」 (arguing itself is no_argument's).
const EVASIONS = acts('staff.hedge');

export const admitError: Rule = {
  id: 'admit_error',
  name: '市の誤りは率直に認める',
  weight: 15,
  feedback: {
    upheld: '市の誤りを率直に認めて謝罪し、是正につなげられました。誤りを認めることは、相手の信頼を取り戻す一番の近道です。',
    violated:
      '市の誤りが確認できたときは、「システムの関係で」などと言い繕わず、限定的な謝罪でとどめず、誤りを認めて率直にお詫びし、どう是正するかを伝えてください。正当な苦情は業務改善の機会です。',
  },
  evaluate(ctx) {
    const grievance = findFrom(ctx, 'customer.valid_grievance');
    if (grievance < 0) return { verdict: 'not_applicable', events: [] };
    const evasions = indexesOf(ctx, EVASIONS).filter((i) => i > grievance);
    if (evasions.length) return { verdict: 'violated', events: evasions };
    const apology = findFrom(ctx, 'staff.apologize_full', grievance);
    // Owned only once pressed: the error confirmed, a limited apology given in its place, and the citizen had to ask
    // again before the city owned it (南陽市 6(1)④ limits the apology 「責任が不明確な初期段階では」 only).
    const limitedFirst = findFrom(ctx, 'staff.apologize_limited', grievance);
    if (apology >= 0 && limitedFirst >= 0 && limitedFirst < apology && ctx.acts.slice(limitedFirst, apology).some((a) => a.startsWith('customer.'))) {
      return { verdict: 'violated', events: [limitedFirst, apology] };
    }
    if (apology >= 0) return { verdict: 'upheld', events: [apology] };
    // Checking the facts and answering later is the manuals' own way (奥州市 第3 2(2)イ): not yet owned, not evaded.
    if (findFrom(ctx, 'staff.defer_answer', grievance) >= 0) return { verdict: 'not_applicable', events: [] };
    // The city's error confirmed and never owned: only "sorry you were upset", or nothing at all.
    const limited = findFrom(ctx, 'staff.apologize_limited', grievance);
    const staffAfter = ctx.acts.slice(grievance + 1).some((a) => a.startsWith('staff.'));
    return staffAfter ? { verdict: 'violated', events: limited >= 0 ? [grievance, limited] : [grievance] } : { verdict: 'not_applicable', events: [] };
  },
};
