import { acts, findBefore, findFrom, HARSH } from '../context';
import type { Rule } from '../types';

// The grave answers to conduct a disability explains: ending the service, cutting it off, ordering the citizen out, the
// police, the label (南陽市 2 「安易にカスタマーハラスメントとして認定すべきではない」; 障害者差別解消法 第7条第2項). A warning
// before accommodating is a mistake too, but an ordinary one (as legit_complaint weighs a fair complaint).
const GRAVE = acts('staff.end_response', 'staff.hang_up', 'staff.order_leave', 'staff.call_police', 'staff.label_harassment');

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
      if (afterViolence) continue;
      // A grave act before any accommodation makes it critical, also after a warning (the warning alone does not).
      let grave = -1;
      for (let k = i; k < ctx.acts.length && grave < 0 && (accommodated < 0 || k < accommodated); k++) {
        if (GRAVE.has(ctx.acts[k]!) && !(ctx.acts[k] === 'staff.call_police' && findBefore(ctx, 'customer.violence', k) >= 0)) grave = k;
      }
      return { verdict: 'violated', events: grave > i ? [sign, i, grave] : [sign, i], ...(grave >= 0 ? { critical: true } : {}) };
    }
    return accommodated >= 0 ? { verdict: 'upheld', events: [accommodated] } : { verdict: 'violated', events: [sign] };
  },
};
