import { findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

// Judged on the acts, not on the seat: a line shows that a member of staff is shaken (staff.distressed), and someone,
// usually the 係長 or 所管課長 the trainee plays, answers it with care, or brushes it off (staff.dismiss_staff).
export const staffCare: Rule = {
  id: 'staff_care',
  name: '職員のケア',
  weight: 15,
  feedback: {
    upheld: '対応した職員を一人にせず、責任は本人にないこと、報告したことはむしろ正しいことを伝え、相談窓口につなげました。',
    violated:
      'カスハラを受けた職員を責めたり、「気にするな」で済ませたりしないでください。カスハラは職員の責任ではありません（南陽市は、報告や相談で人事評価が下がることはなく、適切な報告はむしろ評価されると明記しています）。本人の話を聞き、必要なら相手から引き離し、相談窓口・メンタルケアの窓口を案内します。',
  },
  evaluate(ctx) {
    const dismissed = indexesOf(ctx, 'staff.dismiss_staff');
    if (dismissed.length) return { verdict: 'violated', events: dismissed };
    const distress = findFrom(ctx, 'staff.distressed');
    const care = findFrom(ctx, 'staff.care_for_staff', Math.max(distress, 0));
    if (care >= 0) return { verdict: 'upheld', events: [care] };
    return distress >= 0 ? { verdict: 'violated', events: [distress] } : { verdict: 'not_applicable', events: [] };
  },
};
