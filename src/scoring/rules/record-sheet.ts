import { gradeRecord } from '../../model/records/grade';
import type { Rule } from '../types';

export const recordSheet: Rule = {
  id: 'record_sheet',
  name: '記録は事実を正確に',
  summary:
    '対応後に書く記録シート（南陽市の対応記録シート、奥州市の発生連絡票など）で、日時（±2分）、対応者、対応方法、相手の情報、相手が実際に言ったこと、時系列、事実としての書き方、チェックリストが実際のやり取りと合っていれば遵守。一つでも違えば、どこがどう違うかを示して違反。記録を書かなかったら違反（未実施）。記録の課題がない研修では対象外。',
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
