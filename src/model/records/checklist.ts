// The checklist items the transcript can settle, each with what settles it. Items it cannot settle (past conduct,
// the effect on the employee, special circumstances…) are the trainee's judgement and are not graded.
import type { Act } from '../acts';
import type { Transcript } from '../transcript';

const has = (t: Transcript, ...acts: Act[]) => t.events.some((e) => acts.includes(e.act));
const count = (t: Transcript, act: Act) => t.events.filter((e) => e.act === act).length;

export interface GradedItem {
  /** Short name for the sub-verdict, e.g. 身体的な攻撃. */
  name: string;
  /** What the transcript says the right tick is; null where it cannot settle it (either tick stands). */
  truth(t: Transcript): boolean | null;
  /** Why, for the message when the tick is wrong: 「〈because〉があったのにチェックがありません」 / 「…がなかったのにチェックしています」. */
  because: string;
  /** The two messages in full, where that sentence would not read (an item asked in the negative). */
  messages?: { missing: string; extra: string };
}

/** By item number of 南陽市's カスタマーハラスメントチェックリスト. */
export const GRADED_ITEMS: Readonly<Record<number, GradedItem>> = {
  // 「市の業務の内容と無関係である不当な損害賠償要求」: not a claim for loss the city's own error caused.
  4: { name: '不当な損害賠償要求', truth: (t) => has(t, 'customer.demand_money') && !has(t, 'customer.valid_grievance'), because: '市の誤りによらない金銭の要求' },
  5: { name: '身体的な攻撃', truth: (t) => has(t, 'customer.violence', 'customer.property_damage'), because: '暴力・物を投げる行為' },
  6: { name: '精神的な攻撃', truth: (t) => has(t, 'customer.insult', 'customer.threat', 'customer.demand_dogeza', 'customer.discriminate', 'customer.film', 'customer.sns_post'), because: '暴言・脅迫・土下座の強要・無断撮影など' },
  // 南陽市 7(1)【電話の場合】③ counts 「なんの役にも立たない」 among 威圧的な言動: an insult without a raised voice or a threat
  // may be ticked here or not (a reviewer's tick for such a call was marked wrong).
  7: { name: '威圧的な言動', truth: (t) => (has(t, 'customer.shout', 'customer.threat') ? true : has(t, 'customer.insult') ? null : false), because: '大声・威嚇' },
  8: { name: '継続的、執拗な言動', truth: (t) => count(t, 'customer.repeat') >= 2, because: '同じ要求の繰り返し' },
  // 拘束的な言動: a sit-in, or a call that ran past 30 minutes (南陽市 5 電話 30分).
  9: {
    name: '拘束的な言動',
    truth: (t) => has(t, 'customer.sit_in') || (t.channel === 'phone' && (t.events.at(-1)?.t ?? 0) - (t.events[0]?.t ?? 0) > 30 * 60),
    because: '居座り・長時間の電話',
  },
  14: {
    name: '市や職員に過失がないか',
    truth: (t) => !has(t, 'customer.valid_grievance'),
    because: '市の誤りの有無',
    // Asked in the negative: 「市の誤りの有無があったのに」 read as if the city had erred (a reviewer's trainee would learn the wrong lesson).
    messages: { missing: '市や職員に過失はなかったのにチェックがありません', extra: '市の誤りが確かめられたのにチェックしています' },
  },
  15: { name: '職員の情報特定する言動', truth: (t) => has(t, 'customer.stalk'), because: 'つきまとい・待ち伏せ' },
  16: { name: '合理的な配慮が必要な対象者', truth: (t) => has(t, 'customer.disability_sign'), because: '障がい等の特性がうかがえること' },
  17: { name: '客観的証拠', truth: (t) => has(t, 'staff.take_notes', 'staff.announce_recording', 'staff.preserve_evidence'), because: '録音・記録・保存' },
};
