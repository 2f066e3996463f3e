import { findBefore, findFrom, HARSH } from '../context';
import type { Rule } from '../types';

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
    const sign = findFrom(ctx, new Set(ctx.profile.characteristicSigns));
    if (sign < 0) return { verdict: 'not_applicable', events: [] };
    const accommodated = findFrom(ctx, 'staff.accommodate', sign);
    for (let i = findFrom(ctx, HARSH, sign); i >= 0; i = findFrom(ctx, HARSH, i + 1)) {
      if (accommodated >= 0 && accommodated < i) break;
      const afterViolence = ctx.acts[i] === 'staff.call_police' && findBefore(ctx, 'customer.violence', i) >= 0;
      if (!afterViolence) return { verdict: 'violated', events: [sign, i] };
    }
    return accommodated >= 0 ? { verdict: 'upheld', events: [accommodated] } : { verdict: 'violated', events: [sign] };
  },
};
