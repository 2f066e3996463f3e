// Transcripts of 40 events scored per second on one core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileInk } from '../../src/build/ink';
import { ALL_ACTS } from '../../src/model/acts';
import { SCENARIOS } from '../../src/model/scenarios';
import { walkStory } from '../../src/story/walk';
import type { Transcript } from '../../src/model/transcript';
import { score } from '../../src/scoring/score';

export function randomTranscript(seed: number, length = 40): Transcript {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let t = 0;
  const events = Array.from({ length }, () => {
    t += Math.floor(next() * 180);
    return { t, act: ALL_ACTS[Math.floor(next() * ALL_ACTS.length)]!, text: '「お話を伺います」' };
  });
  return { format: 'madoguchi.transcript/1', profile: 'oshu', channel: next() < 0.5 ? 'counter' : 'phone', events };
}

/** Transcripts scored per second over a corpus, for about two seconds after a warm-up. */
function rate(corpus: readonly Transcript[]): number {
  for (const t of corpus) score(t); // warm up
  let n = 0;
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < 2_000_000_000n) {
    for (const t of corpus) score(t);
    n += corpus.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return Math.round(n / seconds);
}

/**
 * Real attempts: every 7th walked path of each story, with its scenario and the options declined at each decision,
 * which make the engine try each declined act in place of the chosen one for principles the scenario does not list.
 */
function storyCorpus(): Transcript[] {
  return SCENARIOS.flatMap((s) => {
    const file = join(import.meta.dirname, '..', '..', 'stories', s.file);
    const paths = walkStory(compileInk(file, readFileSync(file, 'utf8')), 1).paths.filter((_, i) => i % 7 === 0);
    return paths.map((p): Transcript => ({ format: 'madoguchi.transcript/1', profile: s.profile, channel: s.channel, scenario: s.id, seed: 1, choices: p.choices, events: p.events }));
  });
}

export function benchScoring(): void {
  const random = Array.from({ length: 2000 }, (_, i) => randomTranscript(i + 1));
  console.log(`scoring: ${rate(random).toLocaleString('en')} transcripts/s (40 random events each, one core; target ≥ 20,000)`);
  const stories = storyCorpus();
  const events = stories.reduce((n, t) => n + t.events.length, 0) / stories.length;
  console.log(`scoring: ${rate(stories).toLocaleString('en')} story attempts/s (${stories.length} walked paths of all ${SCENARIOS.length} stories, ${events.toFixed(0)} events each on average, with declined options; one core)`);
}
