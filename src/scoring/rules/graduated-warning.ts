import { acts, characteristicSign, ENDINGS, findBefore, findFrom, indexesOf } from '../context';
import { phoneProcedure } from '../profiles';
import type { Rule, RuleContext } from '../types';

const WARNINGS = acts('staff.warn', 'staff.final_warning');
// 由利本荘市 4(2): its warning is that the conduct is カスハラ.
const WARNINGS_WITH_LABEL = acts('staff.warn', 'staff.final_warning', 'staff.label_harassment');
const DANGER = acts('customer.violence', 'customer.property_damage', 'customer.threat');
const VIOLENCE = acts('customer.violence', 'customer.property_damage');
const ABUSE = acts('customer.insult', 'customer.threat', 'customer.shout', 'customer.sexual', 'customer.discriminate');
// Conduct after which a warned citizen may be cut off without more explanation; a raised voice alone is not enough
// (南陽市 2 「その言動の鎮静化を図る努力をし」; 7(1) 「真摯かつ丁寧に対応したにも関わらず」).
const SHORTCUT = acts('customer.insult', 'customer.threat', 'customer.sexual', 'customer.discriminate');
// After a warning or the final notice, the response must actually end if the conduct goes on (南陽市 7(1) ステップ3
// 「予告通り切電を実行」, 7(3) 「暴言・脅迫が繰り返される場合、対応を打ち切る」; 奥州市 第4 1(3)③ 「警告を複数回行っても…対応を中止」).
const CONDUCT_GOES_ON = acts('customer.insult', 'customer.threat', 'customer.shout', 'customer.sexual', 'customer.discriminate', 'customer.repeat');
// The substance answered: an explanation, a refusal or a deferral (奥州市 第3 2(1)オ※ 「まずは相手の話を傾聴し、丁寧に説明」;
// 仙台市 「丁寧かつ合理的な説明を繰り返しても」; 南陽市 2 「鎮静化を図る努力をし、それでもなお」).
const ANSWERED = acts('staff.explain', 'staff.refuse', 'staff.defer_answer', 'staff.redirect_official');
// What answers a fair grievance: after it, the anger it caused is not yet harassment (南陽市 6(1)).
const GRIEVANCE_ANSWERED = acts('staff.apologize_full', 'staff.apologize_limited', 'staff.explain', 'staff.defer_answer', 'staff.refuse');

/** A repetition always counts as going on; abuse only where it counts (countedAbuse). */
function countedAbuseOrRepeat(ctx: RuleContext, i: number, abuse: readonly number[]): boolean {
  return ctx.acts[i] === 'customer.repeat' || abuse.includes(i);
}

/** Abuse that counts: not where a disability (or, where the document says so, a language barrier) explains it, nor the anger before a confirmed city error was answered. */
function countedAbuse(ctx: RuleContext): number[] {
  if (characteristicSign(ctx) >= 0) return [];
  const grievance = findFrom(ctx, 'customer.valid_grievance');
  const answered = grievance < 0 ? -1 : findFrom(ctx, GRIEVANCE_ANSWERED, grievance);
  const excusedUntil = grievance < 0 ? -1 : answered < 0 ? ctx.acts.length : answered;
  return indexesOf(ctx, ABUSE).filter((i) => i > excusedUntil);
}

export const graduatedWarning: Rule = {
  id: 'graduated_warning',
  name: '段階的な警告',
  weight: 15,
  harassmentProcedure: true,
  feedback: {
    upheld: '打ち切る前に、段階を踏んで警告できました。',
    violated:
      'いきなり打ち切らず、まず要求に答え（説明・お断り・後日回答）、言動をやめるよう警告してください。例：「そのような発言をされるのなら、これ以上お話はできかねますので、そのような発言は止めてください。」電話なら「これ以上このようなお話が続くようでしたら、お電話を切らせていただくこととなります。」と最終通告してから切ります。',
  },
  evaluate(ctx) {
    const warnings = ctx.profile.labelIsWarning ? WARNINGS_WITH_LABEL : WARNINGS;
    // 奥州市 第3 2(1)オ: the time told in advance is the notice; 第4 1(9)①: so is moving a private call to office hours.
    const noticeForEnd = new Set([...warnings, 'staff.set_time_limit', 'staff.redirect_official']);
    const endings = indexesOf(ctx, ENDINGS);
    // 暴言は聞き流さず、発言のたびに警告する (奥州市 第4 1(3)①; 南陽市 7(3)).
    const abuse = countedAbuse(ctx);
    // Not after violence, nor once the police were called: the encounter is out of the warning's hands there.
    const stopped = (i: number) => findBefore(ctx, VIOLENCE, i) >= 0 || findBefore(ctx, 'staff.call_police', i) >= 0;
    if (abuse.length >= 2 && findFrom(ctx, warnings) < 0 && !stopped(abuse[1]!)) {
      return { verdict: 'violated', events: abuse.slice(0, 2) };
    }
    // Warned, then endured: after the final notice the conduct went on once more, or after warnings twice more, and
    // nothing ended it.
    for (const w of indexesOf(ctx, warnings)) {
      const goesOn = indexesOf(ctx, CONDUCT_GOES_ON).filter((i) => i > w && countedAbuseOrRepeat(ctx, i, abuse));
      const needed = ctx.acts[w] === 'staff.final_warning' ? 1 : 2;
      if (goesOn.length >= needed && findFrom(ctx, ENDINGS, w) < 0 && !stopped(goesOn[needed - 1]!)) {
        return { verdict: 'violated', events: [w, goesOn[needed - 1]!] };
      }
    }
    // 仙台市 対応中止の例: the same demand answered twice with reasons and still repeated twice more is ended, not endured.
    if (ctx.profile.endsRepeatedDemand) {
      const answered = indexesOf(ctx, ANSWERED).filter((i, k, all) => k === 0 || ctx.times[i] !== ctx.times[all[k - 1]!]);
      const second = answered[1];
      if (second !== undefined && findFrom(ctx, ENDINGS, second) < 0) {
        const again = indexesOf(ctx, 'customer.repeat').filter((i) => i > second);
        const calmed = findFrom(ctx, 'customer.calm', second);
        if (again.length >= 2 && (calmed < 0 || calmed > again[1]!) && !stopped(again[1]!)) return { verdict: 'violated', events: [second, again[1]!] };
      }
    }
    // 南陽市 6(1)⑤: after a confirmed city error, the anger is handed to a superior before the response is ended; asked
    // to stop and handed over, it was met step by step though no one cut it off.
    const grievance = findFrom(ctx, 'customer.valid_grievance');
    if (ctx.profile.handOverOnGrievance && grievance >= 0) {
      const handed = findFrom(ctx, 'staff.escalate_manager', grievance);
      const cut = endings.find((e) => e > grievance && findBefore(ctx, DANGER, e) < 0 && (handed < 0 || handed > e));
      if (cut !== undefined) return { verdict: 'violated', events: [grievance, cut] };
      const asked = handed < 0 ? -1 : findBefore(ctx, warnings, handed);
      if (!endings.length && asked > grievance) return { verdict: 'upheld', events: [asked, handed] };
    }
    if (!endings.length) return { verdict: 'not_applicable', events: [] };
    const nanyoPhone = phoneProcedure(ctx.profile, ctx.channel) === 'nanyo_four_steps';
    for (const e of endings) {
      if (findBefore(ctx, DANGER, e) >= 0) continue;
      const act = ctx.acts[e];
      let warned: boolean;
      if (act === 'staff.hang_up' && nanyoPhone) {
        const final = findBefore(ctx, 'staff.final_warning', e);
        warned = final >= 0 && findBefore(ctx, 'staff.warn', final) >= 0; // ステップ1 警告 → ステップ2 最終通告 → ステップ3 切電
      } else {
        warned = findBefore(ctx, act === 'staff.order_leave' ? warnings : noticeForEnd, e) >= 0;
      }
      if (!warned) return { verdict: 'violated', events: [e] };
      // No early cut: with no abuse before it, the citizen's matter must have been answered first.
      const abusive = findBefore(ctx, SHORTCUT, e) >= 0;
      if (!abusive && findBefore(ctx, ANSWERED, e) < 0) return { verdict: 'violated', events: [e] };
    }
    return { verdict: 'upheld', events: indexesOf(ctx, noticeForEnd).filter((i) => i < endings.at(-1)!) };
  },
};
