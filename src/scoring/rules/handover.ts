import { indexesOf } from '../context';
import type { Rule } from '../types';

export const handover: Rule = {
  id: 'handover',
  name: '相手に再度説明させない',
  weight: 5,
  feedback: {
    upheld: '引継ぎで経緯を説明し、相手に同じ話を繰り返させずに済みました。',
    violated: '対応を引き継ぐときは、相手にクレーム内容をもう一度説明させないでください。経緯はそれまで対応していた職員が説明し、その上で相手から話を聞きます。',
  },
  evaluate(ctx) {
    const cold = indexesOf(ctx, 'staff.handover_cold');
    if (cold.length) return { verdict: 'violated', events: cold };
    const briefed = indexesOf(ctx, 'staff.brief_handover');
    return briefed.length ? { verdict: 'upheld', events: briefed } : { verdict: 'not_applicable', events: [] };
  },
};
