// Which stories share a chunk. Each chunk is gzipped on its own, so the words, tags and ink structure the stories
// have in common are paid for again in every chunk; two stories that share much of it compress together into
// about 1 KB less than apart (16 KB over the 29 stories). So the build puts the stories in pairs, those that gain
// most together first (greedy), and a play loads its story's pair: about 9 KB more for one play, 16 KB less for all
// of them (README, design notes, "Bundle"). Node only.
import { gzipSync } from 'node:zlib';

/** Chunk name by story name: `a_b` for a pair (names in order; story names have no `_`), the story's own name for one left alone. */
export function pairStories(shipped: ReadonlyMap<string, string>): Map<string, string> {
  const names = [...shipped.keys()].sort();
  const gz = (text: string) => gzipSync(text).length;
  const alone = new Map(names.map((n) => [n, gz(shipped.get(n)!)]));
  const pairs: { a: string; b: string; saves: number }[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i]!, names[j]!];
      pairs.push({ a, b, saves: alone.get(a)! + alone.get(b)! - gz(shipped.get(a)! + shipped.get(b)!) });
    }
  }
  pairs.sort((x, y) => y.saves - x.saves || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const chunk = new Map<string, string>();
  for (const { a, b, saves } of pairs) {
    if (saves <= 0 || chunk.has(a) || chunk.has(b)) continue;
    chunk.set(a, `${a}_${b}`).set(b, `${a}_${b}`);
  }
  for (const n of names) if (!chunk.has(n)) chunk.set(n, n);
  return chunk;
}
