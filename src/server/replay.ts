// A record proves a real play: the server plays the story again from the transcript's scenario, seed
// and choices with the same pure runner the game uses, and accepts only the events that replay gives.
// The replay itself runs in worker threads (replay-pool.ts, replay-check.ts); this file compiles the stories.
//
// The stories are compiled here from their .ink sources (src/build/ink.ts, the compiler the Vite
// plugin uses, so the JSON is the same), not read from dist/: the build inlines each story's JSON
// into a hashed JavaScript chunk, which is no file a server can look up by scenario, and an API-only
// server (the tests, `npm run serve` beside `npm run dev`) has no dist/ at all. Compiling all eighteen
// takes about 4 s, once per process: main.ts does it before listening, tests compile the few they use.
// The workers get the compiled JSON from here, so the compiler runs in the main thread only.
import { join } from 'node:path';
import { compileInk } from '../build/ink';
import { scenarioById } from '../model/scenarios';

const STORIES = join(import.meta.dirname, '..', '..', 'stories');
const compiled = new Map<string, string>();

/** The compiled story of a scenario, compiled on first use. */
export function storyOf(scenarioId: string): string {
  const meta = scenarioById(scenarioId);
  if (!meta) throw new Error(`unknown scenario ${scenarioId}`);
  let json = compiled.get(meta.id);
  if (!json) compiled.set(meta.id, (json = compileInk(join(STORIES, meta.file))));
  return json;
}

/** Compiles every scenario's story now, so a broken story stops the server at start and no trainee waits for the compiler. */
export function compileStories(ids: readonly string[]): void {
  for (const id of ids) storyOf(id);
}
