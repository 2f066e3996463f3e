import { acts, findFrom } from '../context';
import type { Rule } from '../types';

const SHARED = acts('staff.file_report', 'staff.report_supervisor', 'staff.seek_support');

export const aftercare: Rule = {
  id: 'aftercare',
  name: '報告・共有・相談',
  summary: 'カスハラの兆候があった対応について、上司への報告や対応記録シート・発生連絡票での報告、相談窓口の利用をすれば遵守。誰にも報告しなければ違反。',
  weight: 2,
  feedback: {
    upheld: '一人で抱え込まず、報告・共有できました。記録は組織としての次の対応と再発防止に役立ちます。',
    violated:
      'カスハラへの対応の後は、経過と対応内容を整理して報告してください（奥州市は発生連絡票、南陽市は対応記録シート）。つらさが残るときは一人で悩まず、上司や相談窓口に相談してください。',
  },
  evaluate(ctx) {
    if (ctx.firstCue < 0) return { verdict: 'not_applicable', events: [] };
    const shared = findFrom(ctx, SHARED, ctx.firstCue);
    return shared >= 0 ? { verdict: 'upheld', events: [shared] } : { verdict: 'violated', events: [ctx.firstCue] };
  },
};
