// The pass rule, once: passed() decides each attempt, and the server's per-scenario rates run the same function in SQL.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSCRIPT_FORMAT, type Transcript } from '../src/model/transcript';
import { storyOf } from '../src/server/replay';
import { walkStory } from '../src/story/walk';
import { CRITICAL_CAP, PASS_MARK, passed, resultFrom, resultOf } from '../src/scoring/pass';
import { score } from '../src/scoring/score';
import { createAttempts } from '../src/server/attempts';
import { openDatabase } from '../src/server/db';
import { randomTranscript } from '../scripts/bench/scoring';

describe('passed', () => {
  it('passes from the pass mark up, and never with a critical failure', () => {
    expect(PASS_MARK).toBe(80);
    expect(passed({ score: PASS_MARK, critical: [] })).toBe(true);
    expect(passed({ score: PASS_MARK - 1, critical: [] })).toBe(false);
    expect(passed({ score: 100, critical: ['exit_and_police'] })).toBe(false);
    // A stored attempt keeps only the number of critical failures.
    expect(passed({ score: 100, critical: 0 })).toBe(true);
    expect(passed({ score: 100, critical: 1 })).toBe(false);
    expect(CRITICAL_CAP).toBeLessThan(PASS_MARK);
  });

  it('names what an attempt came to by the same rule: passed, to review (low score or a critical failure), or not done', () => {
    expect(resultOf({ score: PASS_MARK, critical: [] })).toBe('passed');
    expect(resultOf({ score: PASS_MARK - 1, critical: [] })).toBe('review');
    expect(resultOf({ score: 100, critical: ['exit_and_police'] })).toBe('review');
    expect(resultOf({ score: 100, critical: [], incomplete: ['record_sheet'] })).toBe('incomplete');
    expect(resultOf({ score: 0, critical: 1, incomplete: 1 })).toBe('incomplete');
    expect([resultFrom(true, false), resultFrom(false, false), resultFrom(false, true)]).toEqual(['passed', 'review', 'incomplete']);
  });

  it('never passes an attempt whose record sheet was skipped ("not done"), stored or not', () => {
    expect(passed({ score: 100, critical: [], incomplete: ['record_sheet'] })).toBe(false);
    expect(passed({ score: 100, critical: 0, incomplete: 1 })).toBe(false);
    expect(passed({ score: 100, critical: 0, incomplete: 0 })).toBe(true);
    const good = JSON.parse(readFileSync(join(import.meta.dirname, 'transcripts', 'oshu-good.json'), 'utf8')) as Transcript;
    const skipped = score({ ...good, record: { version: 1, form: 'oshu-renrakuhyo', skipped: true } });
    expect(skipped.incomplete).toEqual(['record_sheet']);
    expect(passed(skipped)).toBe(false);
    expect(score(good).incomplete).toBeUndefined();
  });

  it('gives the same answer per attempt and in the per-scenario rates', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'madoguchi-pass-')), 'r.sqlite'));
    const attempts = createAttempts(db);
    // A passing attempt from the story itself (the model path), so the set holds both kinds whatever the act catalogue.
    const { paths } = walkStory(storyOf('kosoku'), 1);
    const good: Transcript = { format: TRANSCRIPT_FORMAT, profile: 'oshu', channel: 'counter', events: paths.find((p) => p.ending === 'calmed' && passed(score({ format: TRANSCRIPT_FORMAT, profile: 'oshu', channel: 'counter', scenario: 'kosoku', events: p.events })))!.events };
    const all: Transcript[] = [good, ...Array.from({ length: 30 }, (_, i) => randomTranscript(i + 1, 12))].map((t, i) => ({ ...t, scenario: i % 2 ? 'denwa' : 'kosoku' }));
    for (const t of all) attempts.save(t, randomUUID());
    const expected = (id: string) => all.filter((t) => t.scenario === id && passed(score(t))).length;
    // Both kinds are there, or the comparison below would prove little.
    expect(new Set(all.map((t) => passed(score(t))))).toEqual(new Set([true, false]));
    const rates = attempts.scenarioRates();
    expect(rates.map((r) => [r.key, r.passed, r.total]).sort()).toEqual([['denwa', expected('denwa'), 15], ['kosoku', expected('kosoku'), 16]].sort());
    const listed = attempts.list({}, 100).attempts;
    expect(listed.filter((a) => a.passed).length).toBe(expected('denwa') + expected('kosoku'));
    db.close();
  });
});
