import { acts, findFrom } from '../context';
import type { Rule } from '../types';

// Sharing in the section (南陽市 6(2)⑥) and the supervisor's report to 総務課 (奥州市 第5 2) are reports too.
const SHARED = acts('staff.file_report', 'staff.report_supervisor', 'staff.seek_support', 'staff.share_in_section', 'staff.report_somu');

export const aftercare: Rule = {
  id: 'aftercare',
  name: '報告・共有・相談',
  weight: 10,
  feedback: {
    upheld: '一人で抱え込まず、報告・共有できました。記録は組織としての次の対応と再発防止に役立ちます。',
    violated:
      'カスハラへの対応の後は、経過と対応内容を記録にまとめ、この市の様式で上司に報告してください。つらさが残るときは一人で悩まず、上司や相談窓口に相談してください。',
  },
  evaluate(ctx) {
    if (ctx.firstCue < 0) return { verdict: 'not_applicable', events: [] };
    // 事案への対応後は (奥州市 第5 2; 南陽市 ステップ4 切電後): after the citizen's last word, not during the encounter.
    let last = ctx.acts.length - 1;
    while (last >= 0 && !ctx.acts[last]!.startsWith('customer.')) last--;
    const shared = findFrom(ctx, SHARED, last + 1);
    // Pinned on the trainee's own choice not to report where there was one (the debrief and the group page show the
    // choice that broke it), else on where the harassment began.
    const keptToSelf = findFrom(ctx, 'staff.keep_to_self', last + 1);
    if (shared < 0) return { verdict: 'violated', events: [keptToSelf >= 0 ? keptToSelf : ctx.firstCue] };
    // A word to the 係長 in passing, then the report itself chosen against (「誰にも言わずに」, no 記録シート): the case was
    // not reported 事案への対応後 (奥州市 第5 2 発生連絡票; 南陽市 対応記録シート 「総務課へ相談する際にこのシートを活用」).
    const keptAfter = findFrom(ctx, 'staff.keep_to_self', shared);
    if (keptAfter >= 0 && findFrom(ctx, SHARED, keptAfter) < 0) return { verdict: 'violated', events: [shared, keptAfter] };
    return { verdict: 'upheld', events: [shared] };
  },
};
