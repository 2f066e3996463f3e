import { acts, indexesOf } from '../context';
import type { Rule } from '../types';

const CLEAR = acts('staff.defer_answer', 'staff.refuse', 'staff.explain');
// An answer in jargon is no plain answer either (南陽市 6(2)③ 「専門用語を使った説明、説得をできるだけ避ける」, beside
// 「あいまいな表現に気を付ける」 in the same 丁寧な説明を心がける; 奥州市 第3 1(1) 「専門用語などは使わず丁寧な言葉遣いで」).
const UNCLEAR = acts('staff.promise_vague', 'staff.explain_jargon');

export const noVagueAnswer: Rule = {
  id: 'no_vague_answer',
  name: '曖昧な回答をしない',
  weight: 10,
  feedback: {
    upheld: '期待を持たせる言い方を避け、はっきり答えられました。',
    violated:
      '「何とかしてみます」のような、少しでも期待を持たせる回答はしないでください。確認が必要なことは即答せず、「事実関係を確認してから後日回答します。」と伝えます。専門用語で説明せず、相手にわかる言葉で答えてください。',
  },
  evaluate(ctx) {
    const vague = indexesOf(ctx, UNCLEAR);
    if (vague.length) return { verdict: 'violated', events: vague };
    const clear = indexesOf(ctx, CLEAR);
    return clear.length ? { verdict: 'upheld', events: clear } : { verdict: 'not_applicable', events: [] };
  },
};
