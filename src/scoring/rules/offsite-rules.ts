import { acts, indexesOf } from '../context';
import type { Rule } from '../types';

const WRONG = acts('staff.visit_alone', 'staff.enter_home');
const RIGHT = acts('staff.decline_offsite', 'staff.visit_pair');

export const offsiteRules: Rule = {
  id: 'offsite_rules',
  name: '庁舎外対応',
  weight: 25,
  feedback: {
    upheld: '庁舎外の呼び出しに、出向かない・複数で玄関先で対応するという原則を守れました。',
    violated:
      '庁舎外に呼び出されても原則として出向きません。やむを得ず出向く場合は必ず複数で、自宅や事務所には入らず玄関先で対応し、時間になったら「約束したお時間となりました。他の予定がございますので、これで失礼させていただきます。」と告げて退去します。',
  },
  evaluate(ctx) {
    const wrong = indexesOf(ctx, WRONG);
    if (wrong.length) return { verdict: 'violated', events: wrong };
    const right = indexesOf(ctx, RIGHT);
    if (right.length) return { verdict: 'upheld', events: right };
    return { verdict: 'not_applicable', events: [] };
  },
};
