// The story walker: plays every path of every story with inkjs and fails on a
// compile warning, a dead end, an unknown tag or an act outside the vocabulary.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../src/build/ink';
import { SCENARIOS } from '../src/model/scenarios';
import { parseTranscript } from '../src/model/validate';
import { score } from '../src/scoring/score';
import { walkStory } from '../src/story/walk';

const DIR = join(import.meta.dirname, '..', 'stories');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ink'));

describe('the story files', () => {
  it('each has metadata, and each scenario has a story', () => {
    expect(files.sort()).toEqual(SCENARIOS.map((s) => s.file).sort());
  });
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('story %s', (_id, meta) => {
  const json = compileInk(join(DIR, meta.file));
  const walk = walkStory(json);

  it('plays every path to an ending, with at least 3 decisions on each and at least 4 endings', () => {
    console.log(`${meta.file}: ${walk.paths.length} paths, ${walk.endings.size} endings (${[...walk.endings].map(([e, n]) => `${e} ×${n}`).join(', ')}), min ${walk.minDecisions} decisions`);
    expect(walk.minDecisions).toBeGreaterThanOrEqual(3);
    expect(walk.endings.size).toBeGreaterThanOrEqual(4);
  });

  it('records a valid transcript on every path that the scoring engine can score', () => {
    for (const p of walk.paths) {
      const t = parseTranscript({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, events: p.events, scenario: meta.id });
      const report = score(t);
      expect(report.principles.length).toBeGreaterThan(0);
    }
  });

  it('teaches each of its principles: upheld on some path and violated on another', () => {
    for (const id of meta.principles) {
      const verdicts = new Set(walk.paths.map((p) => score({ format: 'madoguchi.transcript/1', profile: meta.profile, channel: meta.channel, events: p.events }).principles.find((x) => x.id === id)?.verdict));
      expect([id, verdicts.has('upheld'), verdicts.has('violated')]).toEqual([id, true, true]);
    }
  });
});
