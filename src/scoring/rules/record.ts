import { CHANNEL_RULES } from '../channels';
import { acts, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

const NEEDS_RECORD = acts(
  'customer.insult', 'customer.threat', 'customer.media_threat', 'customer.shout', 'customer.violence', 'customer.property_damage',
  'customer.sexual', 'customer.film', 'customer.sns_post', 'customer.stalk', 'customer.discriminate',
);

export const record: Rule = {
  id: 'record',
  name: '記録・録音',
  weight: 10,
  feedback: {
    upheld: 'やり取りを記録に残せました。記録は後の組織的な判断や警察・弁護士への相談の土台になります。',
    violated:
      '暴言や脅しがあったら、後で事実確認ができるよう録音や記録を残してください。例：「齟齬がないよう、内容を正確に記録するため、録音させていただきます。」脅迫などは同意がなくても録音して差し支えありません。',
  },
  evaluate(ctx) {
    const first = findFrom(ctx, NEEDS_RECORD);
    if (first < 0) return { verdict: 'not_applicable', events: [] };
    // On mail the messages themselves are the record: preserved, not summarised (src/scoring/channels.ts).
    const kept = indexesOf(ctx, acts(...CHANNEL_RULES[ctx.channel].recordedBy));
    return kept.length ? { verdict: 'upheld', events: kept } : { verdict: 'violated', events: [first] };
  },
};
