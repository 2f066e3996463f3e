import { CHANNEL_RULES } from '../channels';
import { acts, ENDINGS, findBefore, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

// After these the police may be called at once (奥州市 第3 2(3)イ; 第4 1(8)② 執拗なつきまとい、待ち伏せ).
const DANGER = acts('customer.violence', 'customer.property_damage', 'customer.threat', 'customer.stalk');
const ANSWERS = acts('staff.order_leave', 'staff.call_police');
/** Seconds within which a citizen who goes of their own accord has not really sat in. */
const SOON = 10 * 60;
const AFTER_ORDER = acts('staff.call_police');

export const exitAndPolice: Rule = {
  id: 'exit_and_police',
  name: '退去命令と警察通報',
  weight: 15,
  harassmentProcedure: true,
  feedback: {
    upheld: '退去を求め、応じない場合に警察へ通報する手順を踏めました。',
    violated:
      '居座りには、まず複数回退去を求め、庁舎等管理規則に基づく退去命令を出します。それでも応じない場合に「警察に通報します」と告げて通報します。対応を終えた後の居座りを放置してもいけません。',
  },
  evaluate(ctx) {
    const sitIns = indexesOf(ctx, 'customer.sit_in');
    const police = findFrom(ctx, 'staff.call_police');
    if (!sitIns.length && police < 0) return { verdict: 'not_applicable', events: [] };
    // On the phone and by mail there is no exit order: the police come after the citizen was told the call would end
    // (奥州市 第4 1(2)③) or that further mail will not be answered (src/scoring/channels.ts).
    const precondition = acts(...CHANNEL_RULES[ctx.channel].policeNotice);
    const hasExitOrder = CHANNEL_RULES[ctx.channel].policeNotice.includes('staff.order_leave');
    // Conduct the document itself sends to the police (由利本荘市 4(2)③ harassing posts) is no early call either.
    const prescribed = ctx.profile.policeAfter.some((a) => findBefore(ctx, a, police) >= 0);
    if (police >= 0 && findBefore(ctx, DANGER, police) < 0 && !prescribed) {
      const order = findBefore(ctx, precondition, police);
      if (order < 0) return { verdict: 'violated', events: [police] };
      // 南陽市 7(2)④ 「繰り返し退去を命じても退去しない場合、最終警告する。なお退去しない場合、警察に通報する。」
      const finalWarned = findBefore(ctx, 'staff.final_warning', police) >= order;
      if (hasExitOrder && ctx.profile.finalWarningBeforePolice && !finalWarned) return { verdict: 'violated', events: [order, police] };
    }
    for (const s of sitIns) {
      if (findBefore(ctx, ENDINGS, s) < 0) continue;
      // A sit-in after the exit order is a refusal of it: only the police answers it (奥州市 第3 2(3)イ);
      // before it, warnings and the exit order do (第3 2(3)ア). Waiting it out is no answer, unless the citizen soon goes.
      const left = findFrom(ctx, 'customer.leave', s);
      // Only an answer while the citizen is still there counts: a call after they left answers nothing (第3 2(3)イ).
      const answer = findFrom(ctx, findBefore(ctx, 'staff.order_leave', s) >= 0 ? AFTER_ORDER : ANSWERS, s);
      const answered = answer >= 0 && (left < 0 || answer < left);
      const wentSoon = left >= 0 && ctx.times[left]! - ctx.times[s]! <= SOON;
      if (!answered && !wentSoon) return { verdict: 'violated', events: [s] };
    }
    const steps = indexesOf(ctx, acts('staff.order_leave', 'staff.call_police'));
    // Praise only what was done: a sit-in that ended before any exit order or police call tells nothing here.
    // A call that answered danger or a post, with no sit-in, is safety_first's or filming_response's to judge.
    const answeredDanger = police >= 0 && (findBefore(ctx, DANGER, police) >= 0 || prescribed);
    if (!sitIns.length && answeredDanger) return { verdict: 'not_applicable', events: [] };
    return steps.length ? { verdict: 'upheld', events: steps } : { verdict: 'not_applicable', events: [] };
  },
};
