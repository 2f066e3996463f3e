// The game's shipped JavaScript, gzipped (after `npm run build`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function benchBundle(dist: string): void {
  const assets = join(dist, 'assets');
  let files: string[];
  try {
    files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  } catch {
    console.log('bundle: no dist/ — run `npm run build` first');
    return;
  }
  // What the game page loads before the first choice: its entry chunk and what it imports, plus one story.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f))).length;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  let all = 0;
  let stories = 0;
  for (const f of files) {
    if (f.startsWith('trainer')) continue;
    const size = gz(f);
    all += size;
    if (!/^(game|phaser|principles|dom|index)/.test(f)) stories += size;
  }
  console.log(`bundle: game JavaScript ${kb(all)} gzipped in all (budget 450 KB; entry ${entry ?? '?'}), of which stories ${kb(stories)} load one at a time`);
  console.log(`bundle: game without stories ${kb(all - stories)} gzipped; the ink compiler ships: ${files.some((f) => readFileSync(join(assets, f), 'utf8').includes('InkParser')) ? 'YES (bug)' : 'no'}`);
}
