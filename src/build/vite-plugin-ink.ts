// `import story from '../stories/x.ink'` gives the compiled story JSON as a string.
// In a build, the knots the stories INCLUDE from stories/common/ and compile alike everywhere are shipped once, in
// a module the story chunks share (src/build/ink-shared.ts), and put back when the story module is evaluated
// (src/story/shared-knots.ts): the string is still the compiler's JSON, character for character.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileInk } from './ink.ts';
import { shareKnots, type CompiledStory, type SharedKnots } from './ink-shared.ts';
import { pairStories } from './story-chunks.ts';

const root = resolve(import.meta.dirname, '..', '..');
const SHARED_ID = 'virtual:madoguchi-ink-shared';
const MERGE = resolve(root, 'src/story/shared-knots.ts');

export interface InkPluginApi {
  /** The chunk a story module goes in (src/build/story-chunks.ts), for the build's codeSplitting groups; null for any other module. */
  storyChunk(id: string): string | null;
}

export function inkPlugin(storiesDir = resolve(root, 'stories')): Plugin<InkPluginApi> {
  let build = false;
  let split: SharedKnots | undefined;
  let splitFrom = new Map<string, string>();
  let chunks: Map<string, string> | undefined;
  const compiled = new Map<string, CompiledStory>();

  const compile = (file: string, source: string): string => {
    const known = compiled.get(file);
    if (known?.source === source) return known.json;
    const json = compileInk(file, source);
    compiled.set(file, { file, source, json });
    return json;
  };
  // Every story of the folder, compiled once per build (the build compiles each of them anyway).
  const sharing = (): SharedKnots => {
    if (split) return split;
    const files = readdirSync(storiesDir).filter((f) => f.endsWith('.ink')).map((f) => join(storiesDir, f));
    for (const f of files) if (!compiled.has(f)) compile(f, readFileSync(f, 'utf8'));
    const stories = files.map((f) => compiled.get(f)!);
    split = shareKnots(stories);
    splitFrom = new Map(stories.map((s) => [s.file, s.source]));
    return split;
  };

  // The stories as the build ships them (shared knots out), paired by what they have in common.
  const storyChunk = (id: string): string | null => {
    const file = resolve(id);
    if (!file.endsWith('.ink') || !file.startsWith(storiesDir + '/')) return null;
    if (!chunks) {
      const { stories } = sharing();
      chunks = pairStories(new Map([...splitFrom.keys()].map((f) => [basename(f, '.ink'), stories.get(f) ?? compiled.get(f)!.json])));
    }
    return chunks.get(basename(file, '.ink')) ?? null;
  };

  return {
    name: 'madoguchi-ink',
    api: { storyChunk },
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === SHARED_ID ? `\0${SHARED_ID}` : null),
    load(id) {
      if (id !== `\0${SHARED_ID}`) return null;
      return { code: `export default ${JSON.stringify(sharing().shared)};`, map: null };
    },
    transform(source, id) {
      if (!id.endsWith('.ink')) return null;
      const json = compile(id, source);
      const file = resolve(id);
      const stripped = build && file.startsWith(storiesDir + '/') ? sharing().stories.get(file) : undefined;
      // Only the very source the shared module was made from (a build reads each file once; dev serves whole stories).
      if (stripped === undefined || splitFrom.get(file) !== source) return { code: `export default ${JSON.stringify(json)};`, map: null };
      return {
        code: `import shared from ${JSON.stringify(SHARED_ID)};\nimport { withSharedKnots } from ${JSON.stringify(MERGE)};\nexport default withSharedKnots(${JSON.stringify(stripped)}, shared);`,
        map: null,
      };
    },
  };
}

