// The check itself: a transcript's events must be those its story gives when replayed from its seed
// and choices. In two halves: `expectedOf` plays the story (inkjs: the costly part, in the replay
// workers, replay-worker.ts) and `compareWithExpected` holds a transcript against what it gave (cheap:
// on the main thread, so a play replayed in advance (replay-pool.ts `prepare`) costs a submission nothing).
import type { Story } from 'inkjs';
import { scenarioStart } from '../model/scenarios';
import type { Cast, Transcript, TranscriptEvent } from '../model/transcript';
import { StoryRunner } from '../story/runner';

/** What a replay needs: the story, the seed of its random draws and the choice taken at each decision. */
export interface Play {
  scenario: string;
  seed: number;
  choices: number[];
}
export type Replayable = Transcript & Play;

/** What the story gives for a play: each event as canonical JSON, and who was shown (canonical JSON too). */
export interface Expected {
  events: string[];
  cast: string;
}

/** A transcript its story does not give: the message names the field (a 422, nothing stored). */
export class Refused extends Error {}

const refused = (field: string, message: string) => new Refused(`transcript.${field}: ${message}; nothing was stored`);

// Field by field in one order, so two events compare by their JSON; a missing text is an empty one.
// The declined options count too: the engine reads them to tell which principles the attempt tested.
const canonical = (e: TranscriptEvent | undefined) =>
  e ? JSON.stringify({ t: e.t, act: e.act, text: e.text ?? '', chosen: e.chosen ?? false, declined: e.declined ?? [] }) : 'nothing';
// Who the story showed (the record sheet is graded against it).
const castOf = (c: Cast) => JSON.stringify({ look: c.look ?? null, arrivals: c.arrivals.map((a) => ({ t: a.t, who: a.who })) });

/**
 * Plays the story from the play's seed and choices to an ending and returns what it gave. Throws Refused
 * when the choices are not a path of the story (one it does not offer, too many, too few). `story` is the
 * scenario's built Story, reset and reused (building one costs about as much as playing it).
 */
export function expectedOf(p: Play, story: Story): Expected {
  const runner = new StoryRunner(story, p.seed, scenarioStart(p.scenario));
  let step = runner.continue();
  for (const [k, index] of p.choices.entries()) {
    if (step.ending !== undefined) throw refused(`choices[${k}]`, `the story ended after ${k} choices, but ${p.choices.length} were sent`);
    if (!step.choices.some((c) => c.index === index)) throw refused(`choices[${k}]`, `there is no choice ${index} at decision ${k + 1} (the story offers ${step.choices.length})`);
    step = runner.choose(index);
  }
  if (step.ending === undefined) throw refused('choices', `the story has not ended after these ${p.choices.length} choices (an attempt is sent when it ends)`);
  return { events: runner.events.map(canonical), cast: castOf(runner.cast) };
}

/** Throws Refused unless the transcript's events (and cast, when sent) are exactly those expected; the message names the first difference. */
export function compareWithExpected(t: Transcript, expected: Expected): void {
  const n = Math.max(expected.events.length, t.events.length);
  for (let i = 0; i < n; i++) {
    const want = expected.events[i] ?? 'nothing';
    const got = canonical(t.events[i]);
    if (want !== got) throw refused(`events[${i}]`, `the story replayed from this seed and these choices gives ${want}, the transcript has ${got}`);
  }
  // Absent in older games' transcripts, else the replay's.
  if (t.cast !== undefined && castOf(t.cast) !== expected.cast) {
    throw refused('cast', `the story replayed shows ${expected.cast}, the transcript has ${castOf(t.cast)}`);
  }
}

/** Both halves at once: throws Refused unless the transcript is what its story gives from its seed and choices. */
export function checkReplay(t: Replayable, story: Story): void {
  compareWithExpected(t, expectedOf(t, story));
}
