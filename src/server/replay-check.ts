// The check itself: a transcript's events must be those its story gives when replayed from its seed
// and choices. Pure (no compiler, no database): it runs in the replay workers (replay-worker.ts).
import type { Story } from 'inkjs';
import { scenarioStart } from '../model/scenarios';
import type { Transcript, TranscriptEvent } from '../model/transcript';
import { StoryRunner } from '../story/runner';

export type Replayable = Transcript & { scenario: string; seed: number; choices: number[] };

/** A transcript its story does not give: the message names the field (a 422, nothing stored). */
export class Refused extends Error {}

const refused = (field: string, message: string) => new Refused(`transcript.${field}: ${message}; nothing was stored`);

// Field by field in one order, so two events compare by their JSON; a missing text is an empty one.
// The declined options count too: the engine reads them to tell which principles the attempt tested.
const canonical = (e: TranscriptEvent | undefined) =>
  e ? JSON.stringify({ t: e.t, act: e.act, text: e.text ?? '', chosen: e.chosen ?? false, declined: e.declined ?? [] }) : 'nothing';

/**
 * Throws Refused unless the transcript's events are exactly those of its story replayed from its seed
 * and choices to an ending. The message names the first choice or event that differs. `story` is the
 * scenario's built Story, reset and reused (building one costs about as much as playing it).
 */
export function checkReplay(t: Replayable, story: Story): void {
  const runner = new StoryRunner(story, t.seed, scenarioStart(t.scenario));
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
