import { acts, ENDINGS, findBefore, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

const DANGER = acts('customer.violence', 'customer.property_damage', 'customer.threat');
const ANSWERS = acts('staff.order_leave', 'staff.call_police', 'customer.leave');
const AFTER_ORDER = acts('staff.call_police');

export const exitAndPolice: Rule = {
  id: 'exit_and_police',
  name: '退去命令と警察通報',
  summary:
    '暴力・脅迫のない居座りで、退去命令を出す前に警察へ通報したら過剰対応として違反。対応を終えた後の居座りを放置する、退去命令に応じない相手を通報せずに待ち続けるのも違反。退去命令を経て通報した場合は遵守。',
  weight: 2,
  feedback: {
    upheld: '退去を求め、応じない場合に警察へ通報する手順を踏めました。',
    violated:
      '居座りには、まず複数回退去を求め、庁舎等管理規則に基づく退去命令を出します。それでも応じない場合に「警察に通報します」と告げて通報します。対応を終えた後の居座りを放置してもいけません。',
  },
  evaluate(ctx) {
    const sitIns = indexesOf(ctx, 'customer.sit_in');
    const police = findFrom(ctx, 'staff.call_police');
    if (!sitIns.length && police < 0) return { verdict: 'not_applicable', events: [] };
    if (police >= 0 && findBefore(ctx, DANGER, police) < 0 && findBefore(ctx, 'staff.order_leave', police) < 0) {
      return { verdict: 'violated', events: [police] };
    }
    for (const s of sitIns) {
      // A sit-in after the exit order is a refusal of it: only the police answers it (奥州市 第3 2(3)イ).
      const answers = findBefore(ctx, 'staff.order_leave', s) >= 0 ? AFTER_ORDER : ANSWERS;
      if (findBefore(ctx, ENDINGS, s) >= 0 && findFrom(ctx, answers, s) < 0) return { verdict: 'violated', events: [s] };
    }
    return { verdict: 'upheld', events: indexesOf(ctx, acts('staff.order_leave', 'staff.call_police')) };
  },
};
