import { characteristicSign, findBefore, findFrom, GRAVE, HARSH } from '../context';
import type { Rule, RuleContext } from '../types';

// The police after violence answer the violence, not the citizen's characteristics.
const answersViolence = (ctx: RuleContext, i: number) => ctx.acts[i] === 'staff.call_police' && findBefore(ctx, 'customer.violence', i) >= 0;

export const accommodation: Rule = {
  id: 'accommodation',
  name: '合理的配慮',
  weight: 25,
  feedback: {
    upheld: '相手の特性に気づき、まず配慮した対応ができました。',
    violated:
      '相手の言動が障がいなどに起因していることがうかがえる場合は、安易にカスハラと判断しないでください。ゆっくり短い言葉で話す、筆談や静かな場所を用意するなど、特性に応じて対応します。判断は一人でせず組織で行います。',
  },
  evaluate(ctx) {
    const sign = characteristicSign(ctx);
    if (sign < 0) return { verdict: 'not_applicable', events: [] };
    const accommodated = findFrom(ctx, 'staff.accommodate', sign);
    for (let i = findFrom(ctx, HARSH, sign); i >= 0; i = findFrom(ctx, HARSH, i + 1)) {
      if (accommodated >= 0 && accommodated < i) break;
      if (answersViolence(ctx, i)) continue;
      // A grave act before any accommodation (南陽市 2 「安易にカスタマーハラスメントとして認定すべきではない」; 障害者差別解消法
      // 第7条第2項) makes it critical, also after a warning (the warning alone does not).
      let grave = -1;
      for (let k = i; k < ctx.acts.length && grave < 0 && (accommodated < 0 || k < accommodated); k++) {
        if (GRAVE.has(ctx.acts[k]!) && !answersViolence(ctx, k)) grave = k;
      }
      return { verdict: 'violated', events: grave > i ? [sign, i, grave] : [sign, i], ...(grave >= 0 ? { critical: true } : {}) };
    }
    return accommodated >= 0 ? { verdict: 'upheld', events: [accommodated] } : { verdict: 'violated', events: [sign] };
  },
};
