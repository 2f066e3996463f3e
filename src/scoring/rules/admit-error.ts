import { acts, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

// Ways of not owning a confirmed error: 「システムの処理の関係で」, 「規則どおりです」, arguing.
const EVASIONS = acts('staff.hedge', 'staff.argue');

export const admitError: Rule = {
  id: 'admit_error',
  name: '市の誤りは率直に認める',
  summary:
    '市の誤りが確認されたら（正当な苦情）、言い繕い（「システムの処理の関係で」）や「規則どおり」との反論をせず、非を認めて率直に謝罪し是正すれば遵守。言い繕い・反論をした、または相手が不快な思いをしたことへの限定的な謝罪だけで終えたら違反。',
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
    if (apology >= 0) return { verdict: 'upheld', events: [apology] };
    // The city's error confirmed and never owned: only "sorry you were upset", or nothing at all.
    const limited = findFrom(ctx, 'staff.apologize_limited', grievance);
    const staffAfter = ctx.acts.slice(grievance + 1).some((a) => a.startsWith('staff.'));
    return staffAfter ? { verdict: 'violated', events: limited >= 0 ? [grievance, limited] : [grievance] } : { verdict: 'not_applicable', events: [] };
  },
};
