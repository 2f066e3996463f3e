// Transcripts of 40 events scored per second on one core.
import { ALL_ACTS } from '../../src/model/acts';
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

export function benchScoring(): void {
  const corpus = Array.from({ length: 2000 }, (_, i) => randomTranscript(i + 1));
  for (const t of corpus) score(t); // warm up
  let n = 0;
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < 2_000_000_000n) {
    for (const t of corpus) score(t);
    n += corpus.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`scoring: ${Math.round(n / seconds).toLocaleString('en')} transcripts/s (40 events each, one core; target ≥ 20,000)`);
}
