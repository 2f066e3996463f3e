import { gradeRecord } from '../../model/records/grade';
import type { Rule } from '../types';

export const recordSheet: Rule = {
  id: 'record_sheet',
  name: '記録は事実を正確に',
  weight: 10,
  alwaysTested: true,
  feedback: {
    upheld: '記録が事実どおりに書けました。記録は、警察への相談や弁護士、警告書など、後の組織的な対応の土台になります。',
    violated:
      '記録は印象ではなく事実で書きます（「ひどく怒っていた」ではなく「『ふざけるな』と大声で3回言った」）。時刻、その場にいた人、相手が実際に言った言葉を、足さず、和らげず、そのまま書いてください。',
  },
  evaluate(ctx) {
    const sheet = ctx.transcript.record;
    if (!sheet) return { verdict: 'not_applicable', events: [] };
    const errors = gradeRecord(ctx.transcript, sheet);
    return errors.length ? { verdict: 'violated', events: [], details: errors.map((e) => e.message) } : { verdict: 'upheld', events: [] };
  },
};
