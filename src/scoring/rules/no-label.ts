import { indexesOf } from '../context';
import type { Rule } from '../types';

export const noLabel: Rule = {
  id: 'no_label',
  name: '「カスハラ」と言わない',
  weight: 5,
  feedback: {
    upheld: '「カスハラ」という言葉を使わず、何ができないのかを説明して対応できました。',
    violated:
      '「あなたの言動はカスハラに当たる」とは言わないでください。相手の心情を損ね、事態が悪化しかねません。「カスハラだから」ではなく、これ以上は対応できない理由を説明します。',
  },
  evaluate(ctx) {
    const labels = indexesOf(ctx, 'staff.label_harassment');
    if (labels.length) return { verdict: 'violated', events: labels };
    return ctx.firstCue < 0 ? { verdict: 'not_applicable', events: [] } : { verdict: 'upheld', events: [] };
  },
};
