import { findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

export const filmingResponse: Rule = {
  id: 'filming_response',
  name: '撮影・SNSへの対応',
  weight: 15,
  feedback: {
    upheld: '撮影やSNSへの書き込みに、冷静に、証拠を残して対応できました。',
    violated:
      '撮影には「執務室内の資料、来庁者の容貌などが記録されかねませんので、業務の適正な執行、プライバシー保護の観点などから、撮影はお止めください。」と求めます。投稿はスクリーンショット、URL、日時を保存します。暴露をほのめかされても「どうぞご自由に」とは言わず、「○○さんのご判断ですので、何とも申し上げられません。」と答えます。',
  },
  evaluate(ctx) {
    const film = findFrom(ctx, 'customer.film');
    const post = findFrom(ctx, 'customer.sns_post');
    const media = findFrom(ctx, 'customer.media_threat');
    if (film < 0 && post < 0 && media < 0) return { verdict: 'not_applicable', events: [] };
    const provoked = indexesOf(ctx, 'staff.provoke').filter((i) => media >= 0 && i > media);
    if (provoked.length) return { verdict: 'violated', events: provoked };
    const stop = film < 0 ? -1 : findFrom(ctx, 'staff.request_stop_filming', film);
    if (film >= 0 && stop < 0) return { verdict: 'violated', events: [film] };
    const kept = post < 0 ? -1 : findFrom(ctx, 'staff.preserve_evidence', post);
    if (post >= 0 && kept < 0) return { verdict: 'violated', events: [post] };
    // 由利本荘市 4(2)③ 「嫌がらせと認められる投稿があった場合には警察に通報します」.
    const police = post >= 0 && ctx.profile.policeAfter.includes('customer.sns_post') ? findFrom(ctx, 'staff.call_police', post) : -1;
    if (post >= 0 && ctx.profile.policeAfter.includes('customer.sns_post') && police < 0) return { verdict: 'violated', events: [post] };
    return { verdict: 'upheld', events: [stop, kept, police].filter((i) => i >= 0) };
  },
};
