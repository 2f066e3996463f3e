import { acts, findFrom, indexesOf } from '../context';
import type { Rule } from '../types';

// The decisions above the counter: what goes to 総務課 (the カスハラ相談窓口) and whether to consult the police or a
// lawyer. The rule applies once someone takes such a decision in the transcript (the 係長's or 課長's seat), never by role.
const DECIDING = acts('staff.report_somu', 'staff.keep_in_section', 'staff.consult_police', 'staff.consult_lawyer');
// Conduct that may come back and that the documents take to the police (南陽市 7(2)⑤ 再訪する恐れ; 奥州市 第3 2(3)イ 脅迫).
const MAY_RECUR = acts('customer.threat', 'customer.stalk', 'customer.violence', 'customer.property_damage');

export const reportUpward: Rule = {
  id: 'report_upward',
  name: '総務課への報告と警察・弁護士への相談',
  weight: 15,
  feedback: {
    upheld: '事案を課内で抱え込まず、総務課の相談窓口に報告し、必要な相談先（警察・弁護士）につなげました。',
    violated:
      '事案は課内で収めず、記録を添えて総務課の相談窓口へ報告してください。継続性や悪質性の高い事案は組織として方針を決めます。脅迫や待ち伏せのおそれがあるときは、その場で通報していなくても警察に相談して情報連携し、法的な対応が要るときは総務課を通じて弁護士に相談します。',
  },
  evaluate(ctx) {
    const decided = indexesOf(ctx, DECIDING);
    if (!decided.length) return { verdict: 'not_applicable', events: [] };
    const kept = findFrom(ctx, 'staff.keep_in_section');
    if (kept >= 0 && findFrom(ctx, 'staff.report_somu', kept) < 0) return { verdict: 'violated', events: [kept] };
    const recur = findFrom(ctx, MAY_RECUR);
    if (recur >= 0 && findFrom(ctx, 'staff.call_police', recur) < 0 && findFrom(ctx, 'staff.consult_police', recur) < 0) {
      return { verdict: 'violated', events: [recur] };
    }
    const reported = findFrom(ctx, 'staff.report_somu');
    if (reported < 0) return { verdict: 'violated', events: [decided[0]!] };
    return { verdict: 'upheld', events: [reported, ...indexesOf(ctx, acts('staff.consult_police', 'staff.consult_lawyer'))] };
  },
};
