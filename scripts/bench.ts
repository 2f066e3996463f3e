// `npm run bench`: prints the figures the budgets are checked against (never a timed test).
//  - scoring throughput: transcripts of 40 events scored per second on one core
//  - shipped JavaScript for the game, gzipped (run `npm run build` first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ALL_ACTS } from '../src/model/acts';
import type { Transcript } from '../src/model/transcript';
import { score } from '../src/scoring/score';

function randomTranscript(seed: number, length = 40): Transcript {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let t = 0;
  const events = Array.from({ length }, () => {
    t += Math.floor(next() * 180);
    return { t, act: ALL_ACTS[Math.floor(next() * ALL_ACTS.length)]!, text: '「お話を伺います」' };
  });
  return { format: 'madoguchi.transcript/1', profile: 'oshu', channel: next() < 0.5 ? 'counter' : 'phone', events };
}

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

const assets = join(import.meta.dirname, '..', 'dist', 'assets');
try {
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  let game = 0;
  for (const f of js) {
    const gz = gzipSync(readFileSync(join(assets, f))).length;
    if (!f.startsWith('trainer')) game += gz;
    console.log(`  ${f.padEnd(32)} ${(statSync(join(assets, f)).size / 1024).toFixed(1).padStart(8)} KB  ${(gz / 1024).toFixed(1).padStart(7)} KB gzip`);
  }
  console.log(`game JavaScript: ${(game / 1024).toFixed(1)} KB gzipped (all chunks but the trainer page's; budget 450 KB)`);
} catch {
  console.log('game JavaScript: no dist/ — run `npm run build` first');
}
