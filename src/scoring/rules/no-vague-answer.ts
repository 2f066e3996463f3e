import { acts, indexesOf } from '../context';
import type { Rule } from '../types';

const CLEAR = acts('staff.defer_answer', 'staff.refuse', 'staff.explain');

export const noVagueAnswer: Rule = {
  id: 'no_vague_answer',
  name: '曖昧な回答をしない',
  summary: 'その場しのぎの約束や期待を持たせる曖昧な回答をしたら違反。確認して後日回答する、明確に断る、平易に説明した場合は遵守。',
  weight: 10,
  feedback: {
    upheld: '期待を持たせる言い方を避け、はっきり答えられました。',
    violated:
      '「何とかしてみます」のような、少しでも期待を持たせる回答はしないでください。確認が必要なことは即答せず、「事実関係を確認してから後日回答します。」と伝えます。',
  },
  evaluate(ctx) {
    const vague = indexesOf(ctx, 'staff.promise_vague');
    if (vague.length) return { verdict: 'violated', events: vague };
    const clear = indexesOf(ctx, CLEAR);
    return clear.length ? { verdict: 'upheld', events: clear } : { verdict: 'not_applicable', events: [] };
  },
};
