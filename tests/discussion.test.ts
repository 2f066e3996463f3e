// The lead's group discussion, from hand-written transcripts: rates worst first, the choices that broke
// and kept each principle with how many made them, the advice and the passages.
import { describe, expect, it } from 'vitest';
import { discussion } from '../src/server/discussion';
import { RULES } from '../src/scoring/rules';
import { score } from '../src/scoring/score';
import { tx } from './helpers';
import { play } from './plays';
import { rightRecord, spoiledRecord } from './record-sheets';
import { withRecordMistakes } from '../src/server/discussion';
import { gather } from '../src/server/loop';
import { mistakesByField } from '../src/model/records/summary';

const full = '「市のミスです。申し訳ございません」';
const limited = '「ご不便をおかけして申し訳ありません」';
const attempt = (apology: 'staff.apologize_full' | 'staff.apologize_limited', words: string) => {
  const transcript = tx([[0, 'customer.complaint'], [1, 'staff.listen', '「はい」'], [2, apology, words], [4, 'customer.leave']]);
  return { transcript, report: score(transcript) };
};

describe('discussion', () => {
  const group = [attempt('staff.apologize_full', full), attempt('staff.apologize_full', full), attempt('staff.apologize_limited', limited)];
  const { attempts, items } = discussion(group);
  const apology = items.find((i) => i.id === 'limited_apology')!;

  it('counts how many were judged on a principle and how many kept it', () => {
    expect(group.map((g) => g.report.principles.find((p) => p.id === 'limited_apology')!.verdict)).toEqual(['violated', 'violated', 'upheld']);
    expect(apology).toMatchObject({ name: '謝罪の限定', passed: 1, total: 3 });
    expect(attempts).toBe(3);
  });

  it("lists the group's own words that broke it, most frequent first, and those that kept it", () => {
    expect(apology.broke).toEqual([{ text: full, acts: ['staff.apologize_full'], count: 2 }]);
    expect(apology.kept).toEqual([{ text: limited, acts: ['staff.apologize_limited'], count: 1 }]);
  });

  it('gives the advice for next time and the passages of the manual', () => {
    expect(apology.advice).toBe(RULES.find((r) => r.id === 'limited_apology')!.feedback.violated);
    expect(apology.citations.length).toBeGreaterThan(0);
    expect(apology.citations[0]!.doc).toMatch(/奥州市/);
  });

  it('orders principles worst first and leaves out those nobody was judged on', () => {
    const rates = items.map((i) => i.passed / i.total);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(items.every((i) => i.total > 0)).toBe(true);
    expect(items.some((i) => i.id === 'filming_response')).toBe(false);
  });

  it('is empty for no attempts', () => {
    expect(discussion([])).toEqual({ attempts: 0, items: [], record: { written: 0, skipped: 0, fields: expect.any(Array) } });
    expect(discussion([]).record.fields.every((f) => f.missed === 0)).toBe(true);
  });
});

describe('a choice carrying two acts', () => {
  it('counts once per attempt, with both acts', () => {
    const words = '「免除はできません。分けて納めるご相談はできます」';
    const transcript = tx([[0, 'customer.complaint'], [1, 'staff.listen', '「はい」'], [2, 'customer.demand_special'], [3, 'staff.explain', words], [3, 'staff.refuse', words], [5, 'customer.leave']]);
    const { items } = discussion([{ transcript, report: score(transcript) }]);
    const decided = items.flatMap((i) => [...i.kept, ...i.broke]).filter((c) => c.text === words);
    expect(decided.length).toBeGreaterThan(0);
    for (const c of decided) expect(c.count).toBe(1);
    expect(decided.some((c) => c.acts.length === 2)).toBe(true);
  });
});

describe("the trainee's own choices only", () => {
  it("leaves out staff acts on story lines (a manager's words) once choices are marked", () => {
    const transcript = tx([[0, 'customer.insult'], [1, 'staff.warn', '「大声はおやめください」'], [2, 'customer.insult'], [3, 'staff.escalate_manager', '課長「ここからは私が伺います」'], [4, 'staff.order_leave', '「退去をお願いします」'], [6, 'customer.leave']]);
    transcript.events[1]!.chosen = true;
    transcript.events[4]!.chosen = true;
    const { items } = discussion([{ transcript, report: score(transcript) }]);
    const words = items.flatMap((i) => [...i.kept, ...i.broke]).map((c) => c.text);
    expect(words).not.toContain('課長「ここからは私が伺います」');
    expect(words).toContain('「大声はおやめください」');
  });
});

describe('a group under several municipalities', () => {
  it("gathers each municipality's passages once", () => {
    const attempt = (profile: 'oshu' | 'nanyo') => {
      const transcript = tx([[0, 'customer.complaint'], [2, 'staff.apologize_full', '「市のミスです」'], [4, 'customer.leave']], profile);
      return { transcript, report: score(transcript) };
    };
    const { items } = discussion([attempt('nanyo'), attempt('oshu'), attempt('nanyo')]);
    const docs = items.find((i) => i.id === 'limited_apology')!.citations.map((c) => `${c.doc} ${c.section}`);
    expect(docs.some((d) => d.startsWith('南陽市'))).toBe(true);
    expect(docs.some((d) => d.startsWith('奥州市'))).toBe(true);
    expect(new Set(docs).size).toBe(docs.length);
  });
});

describe("the group's record sheets", () => {
  const played = play('kosoku', { seed: 6, withCast: true });
  const right = rightRecord(played);
  const group = [
    { ...right, end: '09:00' }, // the end time only
    spoiledRecord(played), // the end time, the statements and the wording
    { ...right, present: [], method: 'phone' as const }, // who was there and how
    right,
  ].map((record) => ({ ...played, record }));
  const skipped = { ...played, record: { version: 1 as const, form: right.form, skipped: true as const } };
  const attempts = [...group, skipped, played].map((transcript) => ({ transcript, report: score(transcript) }));

  it('counts, per field, the records with a mistake in it, most missed first, and the skipped ones apart', () => {
    const { record } = discussion(attempts);
    expect(record.written).toBe(4);
    expect(record.skipped).toBe(1);
    const missed = Object.fromEntries(record.fields.map((f) => [f.name, f.missed]));
    expect(missed).toEqual({ 日時: 2, 対応者: 1, 対応方法: 1, 相手の情報: 0, 内容: 1, 事実の書き方: 1, 時系列: 0, チェックリスト: 0 });
    expect(record.fields[0]!.name).toBe('日時');
    const counts = record.fields.map((f) => f.missed);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
  it('leaves out a record on a form this version no longer has, rather than failing the page', () => {
    const gone = { ...played, record: { ...right, form: 'retired-form' } };
    expect(mistakesByField(gone)).toBeNull();
    expect(discussion([{ transcript: gone, report: score(played) }]).record).toMatchObject({ written: 0, skipped: 0 });
  });
  it('grades the records as the rows are read, giving the same figures', async () => {
    const rows = await gather(withRecordMistakes(attempts), 2);
    expect(rows.filter((r) => r.mistakes).length).toBe(4);
    expect(discussion(rows).record).toEqual(discussion(attempts).record);
  });
});
