// For each fact the sheet records, the objective wording set against the impression a new employee tends to write
// (「『ふざけるな』と大声で3回言った」 against 「ひどく怒っていて手がつけられなかった」). The fact is built from the
// transcript: the citizen's words, the wall-clock time and how many times such conduct happened (a reviewer read
// 「…（10:03から計2回）」 as the same words twice, though the second shout said something else).
import type { Act } from '../acts';
import { wallClock } from '../clock';
import { scenarioStart } from '../scenarios';
import type { Transcript } from '../transcript';

export interface WordingItem {
  id: string;
  fact: string;
  impression: string;
}

// Conduct a record must state as fact, and the impression that would stand in for it.
// `what`: the conduct counted, for 「…（10:03。大声はこれを含め計2回）」: the count is of the conduct, not of these words.
const IMPRESSIONS: Partial<Record<Act, { what: string; verb: string; impression: string }>> = {
  'customer.shout': { what: '大声', verb: 'と大声で言った', impression: 'ひどく怒っていて手がつけられなかった' },
  'customer.insult': { what: '暴言', verb: 'と言った', impression: '暴言がひどく、ずっと罵られていた' },
  'customer.threat': { what: '脅す発言', verb: 'と言った', impression: '脅されたような気がして怖かった' },
  'customer.sit_in': { what: '居座りの言動', verb: 'と言い、窓口を離れなかった', impression: 'なかなか帰ってくれなかった' },
  'customer.repeat': { what: '同じ要求', verb: 'と繰り返した', impression: 'しつこく同じことばかり言っていた' },
  'customer.violence': { what: '手を出したの', verb: 'と言い、手を出した', impression: '暴れていて危なかった' },
  'customer.property_damage': { what: '物を壊したの', verb: 'と言い、物を壊した', impression: '暴れていて危なかった' },
  'customer.sexual': { what: '性的な発言', verb: 'と言った', impression: '不快なことを言われた' },
  'customer.discriminate': { what: '差別的な発言', verb: 'と言った', impression: '差別的でひどかった' },
  'customer.demand_dogeza': { what: '土下座の要求', verb: 'と土下座を求めた', impression: '無茶なことを言われた' },
  'customer.demand_money': { what: '金銭の要求', verb: 'と金銭を求めた', impression: 'お金目当てのようだった' },
  'customer.film': { what: '撮影', verb: 'と言い、スマートフォンで撮影した', impression: '勝手なことをしていた' },
};
const MAX_ITEMS = 3;

export function wordingFor(t: Transcript): WordingItem[] {
  const items: WordingItem[] = [];
  const done = new Set<string>();
  const start = scenarioStart(t.scenario);
  t.events.forEach((e, i) => {
    const w = IMPRESSIONS[e.act];
    const words = e.text ? /「([^「」]{2,})」/.exec(e.text)?.[1] : undefined;
    if (!w || !words || done.has(e.act) || items.length >= MAX_ITEMS) return;
    done.add(e.act);
    const times = t.events.filter((x) => x.act === e.act).length;
    const count = times > 1 ? `（${wallClock(e.t, start)}。${w.what}はこれを含め計${times}回）` : `（${wallClock(e.t, start)}）`;
    items.push({ id: `w${i}`, fact: `「${words}」${w.verb}${count}`, impression: w.impression });
  });
  return items;
}
