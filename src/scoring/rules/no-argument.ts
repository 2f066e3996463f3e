import { acts, indexesOf } from '../context';
import type { Rule } from '../types';

const ARGUING = acts('staff.argue', 'staff.interrupt', 'staff.retort', 'staff.provoke');

export const noArgument: Rule = {
  id: 'no_argument',
  name: '議論を避ける',
  weight: 10,
  feedback: {
    upheld: '相手の感情的な態度に反応せず、議論に入らずに対応できました。',
    violated:
      '無用な議論は矛盾した説明や失言を招き、そこを突かれます。言い返さず、要求には端的に答えてください。例：「ご説明したとおり、これ以上は対応ができません。」',
  },
  evaluate(ctx) {
    const found = indexesOf(ctx, ARGUING);
    if (found.length) return { verdict: 'violated', events: found };
    // Applies whenever the citizen spoke; adding a staff act never makes it apply.
    if (!ctx.acts.some((a) => a.startsWith('customer.'))) return { verdict: 'not_applicable', events: [] };
    return { verdict: 'upheld', events: [] };
  },
};
