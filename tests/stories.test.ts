// The story walker: plays every path of every story with inkjs and fails on a
// compile warning, a dead end, an unknown tag or an act outside the vocabulary.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../src/build/ink';
import { SCENARIOS } from '../src/model/scenarios';
import { parseTranscript } from '../src/model/validate';
import { RULES } from '../src/scoring/rules';
import { score } from '../src/scoring/score';
import type { PrincipleId, Verdict } from '../src/scoring/types';
import { replay } from '../src/story/runner';
import { walkStory, type WalkResult } from '../src/story/walk';

const DIR = join(import.meta.dirname, '..', 'stories');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ink'));
/** Verdicts seen anywhere in the library, for the library-wide check at the end. */
const seen = new Map<PrincipleId, Set<Verdict>>();

describe('the story files', () => {
  it('each has metadata, and each scenario has a story', () => {
    expect(files.sort()).toEqual(SCENARIOS.map((s) => s.file).sort());
  });
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('story %s', (_id, meta) => {
  const source = readFileSync(join(DIR, meta.file), 'utf8');
  const json = compileInk(join(DIR, meta.file), source);
  // A story that draws from the random source is walked under several seeds.
  const seeds = /RANDOM\(|\{~|SEED_RANDOM/.test(source) ? [1, 2, 3] : [0];
  const walks: [number, WalkResult][] = seeds.map((seed) => [seed, walkStory(json, seed)]);
  const reports = walks.flatMap(([, w]) => w.paths.map((p) => score({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, events: p.events })));

  it('plays every path to an ending, with at least 3 decisions on each and at least 4 endings', () => {
    for (const [seed, walk] of walks) {
      console.log(`${meta.file} (seed ${seed}): ${walk.paths.length} paths, ${walk.endings.size} endings (${[...walk.endings].map(([e, n]) => `${e} ×${n}`).join(', ')}), ${walk.minDecisions}–${Math.max(...walk.paths.map((p) => p.decisions))} decisions`);
      expect(walk.minDecisions).toBeGreaterThanOrEqual(3);
      expect(walk.endings.size).toBeGreaterThanOrEqual(4);
    }
  });

  it('records a valid transcript on every path', () => {
    for (const [seed, walk] of walks) {
      for (const p of walk.paths) {
        parseTranscript({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, events: p.events, scenario: meta.id, seed, choices: p.choices });
      }
    }
  });

  it('replays any attempt exactly from its seed and choices', () => {
    for (const [seed, walk] of walks) {
      const step = Math.max(1, Math.floor(walk.paths.length / 25));
      for (let i = 0; i < walk.paths.length; i += step) {
        const p = walk.paths[i]!;
        const again = replay(json, seed, p.choices);
        expect(again.runner.events).toEqual(p.events);
        expect(again.step.ending).toBe(p.ending);
      }
    }
  });

  it('teaches each of its principles: upheld on some path and violated on another', () => {
    const verdicts = new Map<PrincipleId, Set<Verdict>>();
    for (const r of reports) for (const p of r.principles) (verdicts.get(p.id) ?? verdicts.set(p.id, new Set()).get(p.id)!).add(p.verdict);
    for (const [id, v] of verdicts) for (const x of v) (seen.get(id) ?? seen.set(id, new Set()).get(id)!).add(x);
    const missing = meta.principles.filter((id) => !verdicts.get(id)?.has('upheld') || !verdicts.get(id)?.has('violated'));
    expect(missing, `principles of ${meta.id} not both upheld and violated on some path`).toEqual([]);
  });

  it('lets the best path score 100', () => {
    expect(Math.max(...reports.map((r) => r.score))).toBe(100);
  });
});

describe('the library', () => {
  // Runs after every story above (tests in a file run in order) and reads what they saw.
  it('upholds every principle of the scoring engine on some path and violates it on another', () => {
    const gaps = RULES.map((r) => r.id).filter((id) => !seen.get(id)?.has('upheld') || !seen.get(id)?.has('violated'));
    expect(gaps, 'principles not both upheld and violated anywhere in the library').toEqual([]);
  });
});
