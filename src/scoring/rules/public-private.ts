import { findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

export const publicPrivate: Rule = {
  id: 'public_private',
  name: '公私の区別',
  weight: 25,
  feedback: {
    upheld: '個人の連絡手段では応じず、勤務時間内の公式な対応に切り替えられました。',
    violated:
      '仕事に関わることは、個人の電話やSNSでは応じません。「この件は仕事に関わることなので、業務として対応すべき事案です。」「休み明けの勤務時間内で対応させていただきます。」と伝えます。',
  },
  evaluate(ctx) {
    const wrong = indexesOf(ctx, 'staff.use_private_channel');
    if (wrong.length) return { verdict: 'violated', events: wrong };
    const right = findFrom(ctx, 'staff.redirect_official');
    return right >= 0 ? { verdict: 'upheld', events: [right] } : { verdict: 'not_applicable', events: [] };
  },
};
