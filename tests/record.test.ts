// The record sheet (対応記録シート): the statements quiz, the facts, each field's grading and the bad-input errors,
// from transcripts written by hand.
import { describe, expect, it } from 'vitest';
import type { RecordSheet } from '../src/model/record';
import type { Transcript } from '../src/model/transcript';
import { parseTranscript, TranscriptError } from '../src/model/validate';
import { factsOf } from '../src/model/records/facts';
import { FORM_OF } from '../src/model/records/forms';
import { gradeRecord } from '../src/model/records/grade';
import { citizenLines, statementsFor } from '../src/model/records/statements';
import { wordingFor } from '../src/model/records/wording';
import { score } from '../src/scoring/score';

const ev = (m: number, act: Transcript['events'][number]['act'], text?: string) => ({ t: m * 60, act, ...(text ? { text } : {}) });
const encounter: Transcript = {
  format: 'madoguchi.transcript/1',
  profile: 'nanyo',
  channel: 'counter',
  seed: 7,
  cast: { look: 'man_60s', arrivals: [{ t: 9 * 60, who: 'colleague' }, { t: 20 * 60, who: 'manager' }] },
  events: [
    ev(0, 'customer.complaint', '佐藤「この通知、どういうことなんだ。」'),
    ev(1, 'staff.listen', '「お話を伺います。」'),
    ev(3, 'customer.shout', '佐藤「ふざけるな！ 3回も来てるんだぞ！」'),
    ev(4, 'staff.warn', '「大きな声はお控えください。」'),
    ev(6, 'customer.insult', '佐藤「お前じゃ話にならない。税金泥棒が。」'),
    ev(8, 'staff.call_colleague', '（同僚を呼ぶ）'),
    ev(9, 'staff.take_notes'),
    ev(12, 'customer.shout', '佐藤「ふざけるな！」'),
    ev(14, 'customer.sit_in', '佐藤「帰りません。話は終わっていません。」'),
    ev(18, 'staff.report_supervisor', '（課長に報告）'),
    ev(20, 'staff.end_response', '課長「本日の対応は終了いたします。」'),
    ev(22, 'customer.leave', '佐藤さんは帰っていった。'),
    ev(30, 'staff.file_report'),
  ],
};

/** The right answers, built from the truth, to be spoiled one field at a time. */
function perfect(t: Transcript): RecordSheet {
  const f = factsOf(t);
  return {
    version: 1,
    form: FORM_OF[t.profile].id,
    start: '10:00',
    end: '10:22',
    present: [...f.present],
    method: f.method,
    citizen: { gender: 'man', decade: 60 },
    statements: statementsFor(t).map((s) => ({ id: s.id, said: s.said })),
    timeline: f.timeline.map((e) => e.id),
    wording: wordingFor(t).map((w) => ({ id: w.id, choice: 'fact' as const })),
    checklist: [6, 7, 9, 14, 17],
  };
}
const grade = (r: Partial<RecordSheet>) => gradeRecord(encounter, { ...perfect(encounter), ...r }).map((e) => e.message);

describe('the statements to sort into said and not said', () => {
  const list = statementsFor(encounter);
  const lines = citizenLines(encounter);
  it('offers the citizen\'s real lines verbatim, and every line when there are few', () => {
    expect(lines).toEqual(['この通知、どういうことなんだ。', 'ふざけるな！ 3回も来てるんだぞ！', 'お前じゃ話にならない。税金泥棒が。', 'ふざけるな！', '帰りません。話は終わっていません。']);
    for (const s of list.filter((x) => x.said)) expect(lines).toContain(s.text);
    const few = { ...encounter, events: encounter.events.slice(0, 4) };
    expect(statementsFor(few).filter((s) => s.said).map((s) => s.text).sort()).toEqual(citizenLines(few).sort());
  });
  it('mixes in distractors that exaggerate, soften or misquote, none of which the citizen said', () => {
    const distractors = list.filter((s) => !s.said);
    expect(distractors.length).toBeGreaterThanOrEqual(2);
    for (const d of distractors) expect(lines).not.toContain(d.text);
    expect(new Set(list.map((s) => s.text)).size).toBe(list.length);
    expect(new Set(distractors.map((d) => d.kind)).size).toBeGreaterThanOrEqual(2);
    // A softened line changes a word, never only its punctuation (「…ないのか！」 against 「…ないのか。」 is no fair test).
    const bare = (x: string) => x.replace(/[！!。、\s]/g, '');
    for (const d of distractors) expect(lines.map(bare)).not.toContain(bare(d.text));
  });
  it('is the same for the same transcript, and differs between variants', () => {
    expect(statementsFor(structuredClone(encounter))).toEqual(list);
    const other = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(statementsFor({ ...encounter, seed })));
    expect(new Set([JSON.stringify(list), ...other]).size).toBeGreaterThan(1);
  });
});

describe('grading each field against what really happened', () => {
  it('finds nothing wrong with a sheet that states the facts', () => {
    expect(grade({})).toEqual([]);
    expect(score({ ...encounter, record: perfect(encounter) }).principles.find((p) => p.id === 'record_sheet')!.verdict).toBe('upheld');
  });
  it('日時 within ±2 minutes, and names how far off a time is', () => {
    expect(grade({ start: '10:02', end: '10:20' })).toEqual([]);
    expect(grade({ end: '10:34' })).toEqual(['終了時刻が12分ずれています（記録 10:34、実際 10:22）']);
  });
  it('対応者: who was there, no one more, no one less', () => {
    expect(grade({ present: ['trainee', 'colleague', 'manager', 'police'] })).toEqual(['その場にいなかった警察官を対応者に記録しています']);
    expect(grade({ present: ['trainee'] })).toEqual(['その場にいた同僚が対応者に記録されていません', 'その場にいた課長が対応者に記録されていません']);
  });
  it('対応者: a call for help answered by the 係長 arriving brought the 係長, not a 同僚 as well; unanswered, a colleague joined', () => {
    // A reviewer's model play of seito beckoned 森係長 (the act is a call for help): only the 係長 came, yet 同僚 was expected.
    const beckoned: Transcript = { ...encounter, cast: { look: 'man_60s', arrivals: [{ t: 10 * 60, who: 'manager' }] }, events: encounter.events.filter((e) => e.act !== 'staff.report_supervisor') };
    expect([...factsOf(beckoned).present].sort()).toEqual(['manager', 'trainee']);
    // No arrival after the call (a story that seats a colleague beside the trainee without one), or no cast at all: the act says who joined.
    expect([...factsOf({ ...encounter, cast: { arrivals: [] } }).present].sort()).toEqual(['colleague', 'trainee']);
    const { cast: _, ...older } = encounter;
    expect([...factsOf(older).present].sort()).toEqual(['colleague', 'trainee']);
  });
  it('softens only a demand: 「出せ」 as an imperative, never 「出せなくて」 or 「出せる」 (a reviewer met 「車が出してほしいなくて」)', () => {
    const lines = ['病院の予約があったのに車が出せなくて、タクシーを呼ぶはめになった。', 'カードがなくても出せるだろう。', '上の者を出せ！', 'いいから出せよ。'];
    const t: Transcript = { ...encounter, events: lines.map((l, i) => ev(i, 'customer.shout', `佐藤「${l}」`)) };
    for (const seed of [0, 1, 2, 3, 4, 5, 6, 7]) {
      const texts = statementsFor({ ...t, seed }).map((s) => s.text);
      expect(texts.filter((x) => /出してほしい(な|る)/.test(x)), `seed ${seed}`).toEqual([]);
    }
    const softened = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((seed) => statementsFor({ ...t, seed }).filter((s) => s.kind === 'softened').map((s) => s.text));
    expect(softened).toContain('上の者を出してほしい。');
  });
  it('対応方法 and 相手の情報 from the channel and the persona drawn', () => {
    expect(grade({ method: 'phone' })).toEqual(['対応方法が違います（記録 電話、実際 来庁）']);
    expect(grade({ citizen: { gender: 'woman', decade: 40 } })).toEqual(['相手の性別が違います（実際 男性）', '相手の年代が違います（実際 60代）']);
  });
  it('内容: an added threat, or a real line left out, is named', () => {
    const s = statementsFor(encounter);
    const added = s.find((x) => x.kind === 'exaggerated')!;
    expect(added.text).toMatch(/殺すぞ|家まで行く|訴えて|覚えてろ/);
    const wrong = perfect(encounter).statements!.map((x) => (x.id === added.id ? { ...x, said: true } : x));
    expect(grade({ statements: wrong })).toEqual([`相手が言っていない「${added.text}」を記録しています`]);
  });
  it('時系列: events out of order are counted', () => {
    const order = perfect(encounter).timeline!.slice();
    [order[0], order[1]] = [order[1]!, order[0]!];
    expect(grade({ timeline: order })[0]).toMatch(/^時系列の順序が1か所違います/);
  });
  it('事実の書き方: an impression chosen over the fact', () => {
    const w = wordingFor(encounter)[0]!;
    expect(w.fact).toBe('「ふざけるな！ 3回も来てるんだぞ！」と大声で言った（10:03。大声はこれを含め計2回）');
    expect(grade({ wording: [{ id: w.id, choice: 'impression' }, ...perfect(encounter).wording!.slice(1)] })).toEqual([`「${w.impression}」は印象です。「『ふざけるな！ 3回も来てるんだぞ！』と大声で言った（10:03。大声はこれを含め計2回）」のように事実を書きます`]);
  });
  it('the checklist: items the transcript settles (5 violence, 9 sit-in, 14 no fault, 16 accommodation, 17 evidence)', () => {
    expect(grade({ checklist: [5, 6, 7, 9, 14, 17] })).toEqual(['チェックリスト5（身体的な攻撃）：暴力・物を投げる行為がなかったのにチェックしています']);
    expect(grade({ checklist: [6, 7, 14, 17] })).toEqual(['チェックリスト9（拘束的な言動）：居座り・長時間の電話があったのにチェックがありません']);
    expect(grade({ checklist: [6, 7, 9, 14] })).toEqual(['チェックリスト17（客観的証拠）：録音・記録・保存があったのにチェックがありません']);
  });
  it('the checklist: 7 威圧的な言動 is required after a raised voice, and left to the trainee after an insult alone (南陽市 7(1)【電話の場合】③)', () => {
    const call: Transcript = { ...encounter, channel: 'phone', cast: { arrivals: [] }, events: [ev(0, 'customer.complaint', '佐藤「どうなってるんだ。」'), ev(2, 'customer.insult', '佐藤「何の役にも立たないな。」'), ev(4, 'staff.hang_up'), ev(10, 'staff.file_report')] };
    const checked = (checklist: number[]) => gradeRecord(call, { ...perfect(call), checklist }).filter((e) => e.field === 'checklist').map((e) => e.message);
    expect(checked([6, 7, 14])).toEqual([]);
    expect(checked([6, 14])).toEqual([]);
    // A raised voice settles it: 7 must be ticked.
    const loud: Transcript = { ...call, events: [...call.events.slice(0, 2), ev(3, 'customer.shout', '佐藤「ふざけるな！」'), ...call.events.slice(2)] };
    expect(gradeRecord(loud, { ...perfect(loud), checklist: [6, 14] }).filter((e) => e.field === 'checklist').map((e) => e.message)).toEqual(['チェックリスト7（威圧的な言動）：大声・威嚇があったのにチェックがありません']);
  });
  it('the checklist: item 14, asked in the negative, is named the right way round', () => {
    expect(grade({ checklist: [6, 7, 9, 17] })).toEqual(['チェックリスト14（市や職員に過失がないか）：市や職員に過失はなかったのにチェックがありません']);
    const erred: Transcript = { ...encounter, events: [ev(0, 'customer.valid_grievance', '佐藤「納めたのに督促状が来た。」'), ...encounter.events] };
    const errors = gradeRecord(erred, { ...perfect(erred), checklist: [6, 7, 9, 14, 17] }).filter((e) => e.field === 'checklist').map((e) => e.message);
    expect(errors).toEqual(['チェックリスト14（市や職員に過失がないか）：市の誤りが確かめられたのにチェックしています']);
  });
  it('a skipped record is not done: violated, never upheld; no record at all is not applicable', () => {
    const skipped = score({ ...encounter, record: { version: 1, form: 'nanyo-sheet', skipped: true } });
    expect(skipped.principles.find((p) => p.id === 'record_sheet')).toMatchObject({ verdict: 'violated', details: ['記録シートが記入されていません'] });
    expect(score(encounter).principles.find((p) => p.id === 'record_sheet')!.verdict).toBe('not_applicable');
  });
  it('the report carries each mistake, for the debrief and the trainer', () => {
    const r = score({ ...encounter, record: { ...perfect(encounter), end: '10:40', present: ['trainee', 'colleague', 'manager', 'police'] } });
    expect(r.principles.find((p) => p.id === 'record_sheet')!.details).toEqual(['終了時刻が18分ずれています（記録 10:40、実際 10:22）', 'その場にいなかった警察官を対応者に記録しています']);
  });
});

describe('bad input names the field', () => {
  const parse = (record: unknown) => () => parseTranscript({ ...encounter, record });
  it.each([
    [{ ...perfect(encounter), mood: 'angry' }, /^record: Unrecognized key: "mood"/],
    [{ ...perfect(encounter), start: '25:00' }, /^record\.start: must be a time HH:MM/],
    [{ ...perfect(encounter), start: '06:00' }, /^record\.start: 06:00 is outside the encounter/],
    [{ ...perfect(encounter), statements: [{ id: 's99', said: true }] }, /^record\.statements\[0\]: "s99" was never offered/],
    [{ ...perfect(encounter), timeline: ['e1'] }, /^record\.timeline\[0\]: "e1" was never offered/],
    [{ ...perfect(encounter), checklist: [18] }, /^record\.checklist\[0\]: "18" was never offered/],
    [{ ...perfect(encounter), form: 'paper' }, /^record\.form: unknown form "paper"/],
  ])('refuses %#', (record, message) => {
    expect(parse(record)).toThrow(TranscriptError);
    expect(parse(record)).toThrow(message);
  });
  it('accepts a transcript without a record (older transcripts still validate and score)', () => {
    expect(() => parseTranscript(encounter)).not.toThrow();
  });
});
