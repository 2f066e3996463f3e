import { acts, findFrom } from '../context';
import type { Rule } from '../types';

const HARSH = acts(
  'staff.warn', 'staff.final_warning', 'staff.end_response', 'staff.hang_up', 'staff.order_leave', 'staff.call_police', 'staff.label_harassment',
);
const FAIR = acts('customer.complaint', 'customer.valid_grievance', 'customer.disability_sign', 'customer.demand_manager');

export const legitComplaint: Rule = {
  id: 'legit_complaint',
  name: '正当なクレームをカスハラ扱いしない',
  summary: 'カスハラの兆候が何もないうちに警告・対応終了・退去命令・通報・「カスハラ」の指摘をしたら違反（重大な誤り）。苦情に最後まで誠実に対応したら遵守。',
  weight: 4,
  feedback: {
    upheld: '苦情を苦情として受け止め、カスハラ扱いせずに対応できました。',
    violated:
      'クレームのすべてがカスハラではありません。手続や対応への指摘は業務改善の機会です。言い方が厳しくても、不当な要求や不相当な言動がないうちは警告や打ち切りをせず、傾聴し、丁寧に説明してください。',
  },
  evaluate(ctx) {
    const harsh = findFrom(ctx, HARSH);
    if (harsh >= 0 && (ctx.firstCue < 0 || harsh < ctx.firstCue)) return { verdict: 'violated', events: [harsh], critical: true };
    const fair = findFrom(ctx, FAIR);
    if (fair < 0 || (ctx.firstCue >= 0 && ctx.firstCue < fair)) return { verdict: 'not_applicable', events: [] };
    return { verdict: 'upheld', events: [] };
  },
};
