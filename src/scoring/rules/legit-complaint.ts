import { acts, findBefore, findFrom, GRAVE, HARSH } from '../context';
import type { Rule, RuleContext } from '../types';

const NEW_MATTER = acts('customer.complaint', 'customer.valid_grievance');
const cueBetween = (ctx: RuleContext, from: number, to: number) => ctx.cues.some((c) => c > from && c < to);
const FAIR = acts('customer.complaint', 'customer.valid_grievance', 'customer.disability_sign', 'customer.language_barrier', 'customer.demand_manager');

export const legitComplaint: Rule = {
  id: 'legit_complaint',
  name: '正当なクレームをカスハラ扱いしない',
  weight: 25,
  feedback: {
    upheld: '苦情を苦情として受け止め、カスハラ扱いせずに対応できました。',
    violated:
      'クレームのすべてがカスハラではありません。手続や対応への指摘は業務改善の機会です。言い方が厳しくても、不当な要求や不相当な言動がないうちは警告や打ち切りをせず、傾聴し、丁寧に説明してください。',
  },
  evaluate(ctx) {
    // A harsh act answers a fair complaint when no harassment cue came since the latest fair complaint:
    // before the first cue, and also when a citizen who harassed before raises something new (奥州市 第4 2).
    for (let i = findFrom(ctx, HARSH); i >= 0; i = findFrom(ctx, HARSH, i + 1)) {
      // A matter brought to a staff member's private phone is a question of 公私の区別 (奥州市 第4 1(9)), not of this principle.
      if (findBefore(ctx, 'customer.private_contact', i) >= 0) continue;
      const fair = findBefore(ctx, NEW_MATTER, i);
      const cueSince = fair < 0 ? ctx.firstCue >= 0 && ctx.firstCue < i : cueBetween(ctx, fair, i);
      // Moving the matter to office hours and the official line is not refusing it (奥州市 第4 1(9)).
      const redirected = findBefore(ctx, 'staff.redirect_official', i) > fair || ctx.acts[i + 1] === 'staff.redirect_official';
      if (!cueSince && !redirected) {
        return { verdict: 'violated', events: fair >= 0 ? [fair, i] : [i], ...(GRAVE.has(ctx.acts[i]!) ? { critical: true } : {}) };
      }
    }
    const fair = findFrom(ctx, FAIR);
    if (fair < 0 || (ctx.firstCue >= 0 && ctx.firstCue < fair)) return { verdict: 'not_applicable', events: [] };
    return { verdict: 'upheld', events: [] };
  },
};
