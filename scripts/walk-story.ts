// `npx tsx scripts/walk-story.ts stories/x.ink [--profile oshu] [--channel counter] [--seed 0]`
// Walks every path of one story and prints paths, endings, decisions, the per-ending figures beside the
// writer's judgement (paths, passes, min, max, mean), and each principle's verdicts.
// Profile and channel default to the scenario's own (from its metadata).
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compileInk } from '../src/build/ink';
import { SCENARIOS, scenarioStart } from '../src/model/scenarios';
import type { Channel, ProfileId } from '../src/model/transcript';
import { endingRows, formatRows, scorePaths } from '../src/story/ending-figures';
import { walkStory } from '../src/story/walk';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { profile: { type: 'string' }, channel: { type: 'string' }, seed: { type: 'string', default: '0' } },
});
const file = positionals[0];
const known = file && SCENARIOS.find((s) => s.file === basename(file));
if (!file || !known) {
  console.error('usage: npx tsx scripts/walk-story.ts stories/FILE.ink [--profile oshu] [--channel counter|phone|offsite|mail] [--seed N]  (FILE must have metadata in src/model/scenarios.ts)');
  process.exit(2);
}
const meta = { ...known, profile: (values.profile ?? known.profile) as ProfileId, channel: (values.channel ?? known.channel) as Channel };
const started = performance.now();
const seed = Number(values.seed);
const walk = walkStory(compileInk(file), seed, undefined, undefined, scenarioStart(known.id));
console.log(`${file} (${meta.profile}, ${meta.channel}, seed ${seed}): ${walk.paths.length} paths, min ${walk.minDecisions} / max ${Math.max(...walk.paths.map((p) => p.decisions))} decisions, walked in ${Math.round(performance.now() - started)} ms`);
const scored = scorePaths(meta, [[seed, walk.paths]]);
console.log(formatRows(endingRows(meta, scored)));
const table = new Map<string, [number, number, number]>();
for (const { report } of scored) {
  for (const x of report.principles) {
    const row = table.get(x.id) ?? [0, 0, 0];
    row[x.verdict === 'upheld' ? 0 : x.verdict === 'violated' ? 1 : 2]++;
    table.set(x.id, row);
  }
}
console.log('principle            upheld / violated / n.a. (paths)');
for (const [id, [u, v, n]] of table) console.log(`  ${id.padEnd(20)} ${u} / ${v} / ${n}`);
