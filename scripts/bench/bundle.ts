// The game's shipped JavaScript, gzipped (after `npm run build`), by what loads it: the chunks the game page
// loads at start (its entry and the modulepreloads index.html lists: Phaser, the code shared with the trainer
// page, the game), the story chunks (one per stories/*.ink, loaded when a scenario is chosen) and the chunks only
// the stories import (the knots they share). A chunk counts for the game when the game page reaches it, through
// its entry's imports or dynamic imports; the trainer page's own chunk does not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `bogen-DFkUIz8d.js` → `bogen` (rolldown names chunks `[name]-[8-character hash].js`). */
const chunkName = (f: string) => f.replace(/-[\w-]{8}\.js$/, '');

export function benchBundle(dist: string): void {
  const assets = join(dist, 'assets');
  let files: string[];
  try {
    files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  } catch {
    console.log('bundle: no dist/ — run `npm run build` first');
    return;
  }
  const text = new Map(files.map((f) => [f, readFileSync(join(assets, f), 'utf8')]));
  const gz = new Map(files.map((f) => [f, gzipSync(text.get(f)!).length]));
  // A chunk names the chunks it imports (statically or dynamically) by file name.
  const refs = (f: string) => files.filter((g) => g !== f && text.get(f)!.includes(g));
  const reach = (start: readonly string[]) => {
    const seen = new Set(start);
    for (const f of seen) for (const g of refs(f)) seen.add(g);
    return seen;
  };

  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]*src="[^"]*\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry || !text.has(entry)) {
    console.log('bundle: index.html names no entry chunk in dist/assets');
    return;
  }
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="[^"]*\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  // What the entry imports statically, Vite lists as modulepreloads; what else it reaches is loaded on demand.
  const start = new Set([entry, ...preloads.filter((f) => text.has(f))]);
  const game = reach([entry]);
  for (const f of start) game.add(f);
  const storyNames = new Set(readdirSync(join(dist, '..', 'stories')).filter((f) => f.endsWith('.ink')).map((f) => f.slice(0, -4)));
  // A story chunk is named after its story (or, where the build puts two stories in one chunk, `a_b`).
  const stories = [...game].filter((f) => !start.has(f) && chunkName(f).split('_').every((n) => storyNames.has(n)));
  const storiesIn = (f: string) => chunkName(f).split('_').length;
  const storyShared = [...game].filter((f) => !start.has(f) && !stories.includes(f));
  const unclassified = files.filter((f) => !game.has(f) && !chunkName(f).startsWith('trainer'));

  const sum = (fs: Iterable<string>) => [...fs].reduce((n, f) => n + gz.get(f)!, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const list = (fs: Iterable<string>) => [...fs].sort((a, b) => gz.get(b)! - gz.get(a)!).map((f) => `${chunkName(f)} ${kb(gz.get(f)!)}`).join(', ');

  const all = sum(game);
  // One play: the start chunks, a story's chunk and what it imports that the start did not load; the largest such.
  const loads = (f: string) => sum([...reach([f])].filter((g) => !start.has(g)));
  const largest = [...stories].sort((a, b) => loads(b) - loads(a))[0];
  const onePlay = sum(start) + (largest ? loads(largest) : 0);
  const storySizes = stories.map((f) => gz.get(f)!);
  const storyCount = stories.reduce((n, f) => n + storiesIn(f), 0);

  console.log(`bundle: game JavaScript ${kb(all)} gzipped in all (budget 450 KB; entry ${entry}), ${game.size} chunks`);
  console.log(`bundle: at start ${kb(sum(start))} (${list(start)})`);
  console.log(
    `bundle: ${storyCount} stories ${kb(sum(stories))} in ${stories.length} chunks of ${kb(Math.min(...storySizes))}–${kb(Math.max(...storySizes))}, one chunk loaded a play` +
      (storyShared.length ? `, and what the stories share ${kb(sum(storyShared))} (${list(storyShared)})` : ''),
  );
  console.log(`bundle: game without stories ${kb(sum(start))}; one play loads ${kb(onePlay)} at most (the start, then ${largest ? chunkName(largest) : '?'} and what it imports)`);
  if (unclassified.length) console.log(`bundle: chunks neither page reaches: ${list(unclassified)}`);
  console.log(`bundle: the ink compiler ships: ${[...game].some((f) => text.get(f)!.includes('InkParser')) ? 'YES (bug)' : 'no'}`);
}
