// The build ships the knots the stories INCLUDE from stories/common once (src/build/ink-shared.ts) and puts them back
// before `new Story(json)` (src/story/shared-knots.ts): what the game runs must be the compiler's own JSON. It puts
// the stories in chunks two by two (src/build/story-chunks.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../src/build/ink';
import { knotNames, shareKnots, type CompiledStory } from '../src/build/ink-shared';
import { pairStories } from '../src/build/story-chunks';
import { inkPlugin } from '../src/build/vite-plugin-ink';
import { withSharedKnots } from '../src/story/shared-knots';
import { walkStory } from '../src/story/walk';

const DIR = resolve(import.meta.dirname, '..', 'stories');
const stories: CompiledStory[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.ink'))
  .map((f) => {
    const file = join(DIR, f);
    const source = readFileSync(file, 'utf8');
    return { file, source, json: compileInk(file, source) };
  });
const split = shareKnots(stories);
const shared = JSON.parse(split.shared) as Record<string, unknown>;
const common = readdirSync(join(DIR, 'common')).flatMap((f) => knotNames(readFileSync(join(DIR, 'common', f), 'utf8')));

describe('shared knots (the build)', () => {
  it('ships every knot of stories/common once, and strips it from every story that includes it', () => {
    expect(Object.keys(shared).sort()).toEqual([...common].sort());
    for (const story of stories) {
      const includes = /^INCLUDE /m.test(story.source);
      expect(split.stories.has(story.file), story.file).toBe(includes);
    }
  });

  it('gives back the compiler\'s JSON, character for character, for every story', () => {
    for (const story of stories) {
      const stripped = split.stories.get(story.file);
      if (stripped === undefined) continue;
      expect(stripped.length, story.file).toBeLessThan(story.json.length);
      const merged = withSharedKnots(stripped, split.shared);
      expect(merged, story.file).toBe(story.json);
      expect(JSON.parse(merged), story.file).toEqual(JSON.parse(story.json));
    }
  });

  it('plays a merged story exactly as the compiled one', () => {
    const story = stories.find((s) => s.file.endsWith('/bogen.ink'))!;
    const merged = withSharedKnots(split.stories.get(story.file)!, split.shared);
    for (const seed of [1]) expect(walkStory(merged, seed).paths).toEqual(walkStory(story.json, seed).paths);
  });

  it('keeps a knot in every story when it compiles differently in one of them', () => {
    const files: Record<string, string> = { '/s/common/k.ink': '=== shared_knot ===\nA.\n->->\n=== other ===\nB.\n->->\n' };
    const knot = (text: string) => ['^' + text, '\n', { '->->': true }, null];
    const story = (name: string, sharedText: string): CompiledStory => ({
      file: `/s/${name}.ink`,
      source: 'INCLUDE common/k.ink\n',
      json: JSON.stringify({ inkVersion: 21, root: [['done', null], 'done', { shared_knot: knot(sharedText), other: knot('B.'), own: knot(name) }], listDefs: {} }),
    });
    const r = shareKnots([story('a', 'A.'), story('b', 'A.'), story('c', 'Z.')], (f) => files[f]!);
    expect(Object.keys(JSON.parse(r.shared))).toEqual(['other']);
    for (const [file, json] of r.stories) {
      const original = [story('a', 'A.'), story('b', 'A.'), story('c', 'Z.')].find((s) => s.file === file)!;
      expect(withSharedKnots(json, r.shared)).toBe(original.json);
    }
  });

  it('the Vite plugin ships the stripped story in a build and the whole story elsewhere', async () => {
    const story = stories.find((s) => s.file.endsWith('/kinsen.ink'))!;
    const plugin = (command: 'build' | 'serve') => {
      const p = inkPlugin(DIR) as unknown as {
        configResolved: (c: { command: string }) => void;
        transform: (code: string, id: string) => { code: string } | null;
        load: (id: string) => { code: string } | null;
      };
      p.configResolved({ command });
      return p;
    };
    const built = plugin('build');
    const code = built.transform(story.source, story.file)!.code;
    expect(code).toContain('virtual:madoguchi-ink-shared');
    expect(code).toContain(JSON.stringify(split.stories.get(story.file)));
    expect(built.load('\0virtual:madoguchi-ink-shared')!.code).toBe(`export default ${JSON.stringify(split.shared)};`);
    expect(plugin('serve').transform(story.source, story.file)!.code).toBe(`export default ${JSON.stringify(story.json)};`);
  });
});

describe('story chunks (the build)', () => {
  const shipped = new Map(stories.map((s) => [basename(s.file, '.ink'), split.stories.get(s.file) ?? s.json]));
  const chunks = pairStories(shipped);

  it('puts every story in one chunk, two to a chunk, one left alone when the count is odd', () => {
    expect([...chunks.keys()].sort()).toEqual([...shipped.keys()].sort());
    const members = new Map<string, string[]>();
    for (const [story, chunk] of chunks) members.set(chunk, [...(members.get(chunk) ?? []), story]);
    for (const [chunk, those] of members) expect(chunk, those.join(' ')).toBe(those.sort().join('_'));
    expect([...members.values()].filter((m) => m.length === 1).length).toBe(shipped.size % 2);
    expect(Math.max(...[...members.values()].map((m) => m.length))).toBe(2);
  });

  it('pairs stories that compress better together than apart, and the same way every build', () => {
    const gz = (t: string) => gzipSync(t).length;
    for (const chunk of new Set(chunks.values())) {
      const [a, b] = chunk.split('_');
      if (b) expect(gz(shipped.get(a!)! + shipped.get(b)!), chunk).toBeLessThan(gz(shipped.get(a!)!) + gz(shipped.get(b)!));
    }
    expect(pairStories(new Map([...shipped].reverse()))).toEqual(chunks);
  });

  it('the Vite plugin names a story\'s chunk, and no chunk for anything else', () => {
    const api = (inkPlugin(DIR) as unknown as { api: { storyChunk(id: string): string | null } }).api;
    expect(api.storyChunk(join(DIR, 'bogen.ink'))).toBe(chunks.get('bogen'));
    expect(api.storyChunk(join(DIR, '..', 'src', 'main.ts'))).toBeNull();
    expect(api.storyChunk(join(DIR, '..', 'tests', 'fixtures', 'common-harness.ink'))).toBeNull();
  });
});
