// `npx tsx scripts/walk-story.ts stories/x.ink [--profile oshu] [--channel counter] [--seed 0]`
// Walks every path of one story and prints paths, endings, decisions and each principle's verdicts.
import { parseArgs } from 'node:util';
import { compileInk } from '../src/build/ink';
import type { Channel, ProfileId } from '../src/model/transcript';
import { score } from '../src/scoring/score';
import { walkStory } from '../src/story/walk';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { profile: { type: 'string', default: 'oshu' }, channel: { type: 'string', default: 'counter' }, seed: { type: 'string', default: '0' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npx tsx scripts/walk-story.ts stories/FILE.ink [--profile oshu] [--channel counter|phone|offsite] [--seed N]');
  process.exit(2);
}
const started = performance.now();
const walk = walkStory(compileInk(file), Number(values.seed));
console.log(`${file}: ${walk.paths.length} paths, min ${walk.minDecisions} / max ${Math.max(...walk.paths.map((p) => p.decisions))} decisions, walked in ${Math.round(performance.now() - started)} ms`);
console.log(`endings: ${[...walk.endings].map(([e, n]) => `${e} ×${n}`).join(', ')}`);
const table = new Map<string, [number, number, number]>();
const best = new Map<string, number>();
for (const p of walk.paths) {
  const r = score({ format: 'madoguchi.transcript/1', profile: values.profile as ProfileId, channel: values.channel as Channel, events: p.events });
  best.set(p.ending, Math.max(best.get(p.ending) ?? 0, r.score));
  for (const x of r.principles) {
    const row = table.get(x.id) ?? [0, 0, 0];
    row[x.verdict === 'upheld' ? 0 : x.verdict === 'violated' ? 1 : 2]++;
    table.set(x.id, row);
  }
}
console.log(`best score per ending: ${[...best].map(([e, s]) => `${e} ${s}`).join(', ')}`);
console.log('principle            upheld / violated / n.a. (paths)');
for (const [id, [u, v, n]] of table) console.log(`  ${id.padEnd(20)} ${u} / ${v} / ${n}`);
