// A record proves a real play: the server plays the story again from the transcript's scenario, seed
// and choices with the same pure runner the game uses, and accepts only the events that replay gives.
//
// The stories are compiled here from their .ink sources (src/build/ink.ts, the compiler the Vite
// plugin uses, so the JSON is the same), not read from dist/: the build inlines each story's JSON
// into a hashed JavaScript chunk, which is no file a server can look up by scenario, and an API-only
// server (the tests, `npm run serve` beside `npm run dev`) has no dist/ at all. Compiling all eighteen
// takes about 4 s, once per process: main.ts does it before listening, tests compile the few they use.
import { join } from 'node:path';
import { compileInk } from '../build/ink';
import { scenarioById } from '../model/scenarios';
import type { Transcript, TranscriptEvent } from '../model/transcript';
import { Story } from 'inkjs';
import { StoryRunner } from '../story/runner';
import { HttpError } from './routes/errors';

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

// One built Story per scenario, reset for each replay: replays run one at a time on the event loop.
const built = new Map<string, Story>();
const builtStory = (scenarioId: string): Story => {
  let story = built.get(scenarioId);
  if (!story) built.set(scenarioId, (story = new Story(storyOf(scenarioId))));
  return story;
};

/** Compiles every scenario's story now, so a broken story stops the server at start and no trainee waits for the compiler. */
export function compileStories(ids: readonly string[]): void {
  for (const id of ids) builtStory(id);
}

const refused = (field: string, message: string) => new HttpError(422, `transcript.${field}: ${message}; nothing was stored`);

// Field by field in one order, so two events compare by their JSON; a missing text is an empty one.
// The declined options count too: the engine reads them to tell which principles the attempt tested.
const canonical = (e: TranscriptEvent | undefined) =>
  e ? JSON.stringify({ t: e.t, act: e.act, text: e.text ?? '', chosen: e.chosen ?? false, declined: e.declined ?? [] }) : 'nothing';

/**
 * Throws a 422 unless the transcript's events are exactly those of its story replayed from its seed
 * and choices to an ending. The message names the first choice or event that differs.
 */
export function checkReplay(t: Transcript & { scenario: string; seed: number; choices: number[] }): void {
  const runner = new StoryRunner(builtStory(t.scenario), t.seed);
  let step = runner.continue();
  for (const [k, index] of t.choices.entries()) {
    if (step.ending !== undefined) throw refused(`choices[${k}]`, `the story ended after ${k} choices, but ${t.choices.length} were sent`);
    if (!step.choices.some((c) => c.index === index)) throw refused(`choices[${k}]`, `there is no choice ${index} at decision ${k + 1} (the story offers ${step.choices.length})`);
    step = runner.choose(index);
  }
  if (step.ending === undefined) throw refused('choices', `the story has not ended after these ${t.choices.length} choices (an attempt is sent when it ends)`);
  const n = Math.max(runner.events.length, t.events.length);
  for (let i = 0; i < n; i++) {
    const expected = canonical(runner.events[i]);
    const got = canonical(t.events[i]);
    if (expected !== got) throw refused(`events[${i}]`, `the story replayed from this seed and these choices gives ${expected}, the transcript has ${got}`);
  }
  // Who the story showed (the record sheet is graded against it): absent in older games' transcripts, else the replay's.
  const castOf = (c: NonNullable<Transcript['cast']>) => JSON.stringify({ look: c.look ?? null, arrivals: c.arrivals.map((a) => ({ t: a.t, who: a.who })) });
  if (t.cast !== undefined && castOf(t.cast) !== castOf(runner.cast)) {
    throw refused('cast', `the story replayed shows ${JSON.stringify(runner.cast)}, the transcript has ${JSON.stringify(t.cast)}`);
  }
}
