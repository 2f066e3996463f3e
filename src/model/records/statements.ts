// 内容・相手の主張: the citizen's real lines mixed with distractors that exaggerate, soften or misquote them, for the
// trainee to sort into "said" and "not said". Built from the transcript alone and seeded by its seed, so the server
// offers the same list the browser showed, and variants differ.
import { hash, random, shuffle } from '../random';
import type { Transcript } from '../transcript';

export type StatementKind = 'real' | 'exaggerated' | 'softened' | 'misquoted';

export interface Statement {
  id: string;
  text: string;
  said: boolean;
  kind: StatementKind;
}

/** How many real lines the sheet asks about, and at most as many distractors. */
const REAL = 4;
// Threats a citizen did not make: recording one is the worst error a record can hold (a police report rests on it).
const ADDED_THREATS = ['殺すぞ。', '家まで行くからな。', '訴えてやるからな。', '覚えてろよ。'];
// Harsh words and the milder words a record that softens the conduct would put instead.
const SOFTER: [RegExp, string][] = [
  [/ふざけるな|ふざけんな|ふざけないで/, '困ります'],
  [/馬鹿|バカ|ばか/, 'わかっていない'],
  [/税金泥棒/, 'しっかりしてほしい'],
  [/お前|おまえ|あんた/, 'あなた'],
  // The imperative only: 「出せなくて」「出せるだろう」 are no demand (softened, they read 「出してほしいなくて」).
  [/出せ(?=[。！!、よと」]|$)/, '出してほしい'],
  [/なめてる|なめるな/, '軽く見ないでほしい'],
  [/クビにしろ|辞めさせろ/, '注意してほしい'],
];

/** The citizen's own words: what stands inside 「」 in the lines of citizen events. */
export function citizenLines(t: Transcript): string[] {
  const out: string[] = [];
  for (const e of t.events) {
    if (!e.act.startsWith('customer.') || !e.text) continue;
    for (const m of e.text.matchAll(/「([^「」]{4,})」/g)) if (!out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** The line with its harsh words made mild (and its ！ calmed); null when it has no harsh word, as a changed ！ alone is no fair distractor. */
function soften(line: string): string | null {
  let out = line;
  for (const [harsh, mild] of SOFTER) out = out.replace(harsh, mild);
  return out === line ? null : out.replace(/！/g, '。');
}

// Negatives turned affirmative, only where the affirmative is still good Japanese (「話にならない」→「話になる」;
// a bare ない→る would make 「聞かない」 into 「聞かる」).
const AFFIRM: [RegExp, string][] = [
  [/ません/, 'ます'],
  [/できない/, 'できる'],
  [/ていない/, 'ている'],
  [/しない/, 'する'],
  [/らない/, 'る'],
  [/じゃない/, 'だ'],
];

/** A misquote: a number changed, or what was refused turned into what was agreed (「帰りません」→「帰ります」). */
function misquote(line: string): string | null {
  const digits = /\d+/.exec(line);
  if (digits) return line.replace(digits[0], String(Number(digits[0]) * 2 + 1));
  const rule = AFFIRM.find(([neg]) => neg.test(line));
  return rule ? line.replace(rule[0], rule[1]) : null;
}

export function statementsFor(t: Transcript): Statement[] {
  const all = citizenLines(t);
  if (!all.length) return [];
  const next = random((t.seed ?? 0) ^ hash(all.join('\n')));
  const real = shuffle(all.slice(), next).slice(0, REAL);
  const said = new Set(all);
  const candidates: { text: string; kind: StatementKind }[] = [];
  for (const line of real) {
    const threat = ADDED_THREATS.find((x) => !all.some((l) => l.includes(x.slice(0, 2))));
    if (threat) candidates.push({ text: `${line.replace(/[。！!]?$/, '。')}${threat}`, kind: 'exaggerated' });
    const softer = soften(line);
    if (softer) candidates.push({ text: softer, kind: 'softened' });
    const wrong = misquote(line);
    if (wrong) candidates.push({ text: wrong, kind: 'misquoted' });
  }
  // No distractor may be anything the citizen really said, nor appear twice.
  const distractors = shuffle(candidates.filter((c, i) => !said.has(c.text) && candidates.findIndex((d) => d.text === c.text) === i), next).slice(0, real.length);
  const list = shuffle([...real.map((text) => ({ text, kind: 'real' as const })), ...distractors], next);
  return list.map((s, i) => ({ id: `s${i + 1}`, text: s.text, said: s.kind === 'real', kind: s.kind }));
}
