// Real plays of the stories, as the game records them: the server accepts only transcripts its replay gives.
import { scenarioById, scenarioStart } from '../src/model/scenarios';
import { TRANSCRIPT_FORMAT, type Transcript } from '../src/model/transcript';
import { storyOf } from '../src/server/replay';
import { StoryRunner } from '../src/story/runner';

export interface PlayOptions {
  seed?: number;
  /** At each decision, the first choice carrying one of these acts is taken; otherwise the `pick`-th (mod the choices offered). */
  prefer?: string[];
  pick?: number;
  /** Also record who was drawn and who came (the game sends it; the record sheet's 相手の情報 is graded from it). */
  withCast?: boolean;
}

export type Played = Transcript & { scenario: string; seed: number; choices: number[] };

/** Plays a scenario to an ending and returns its transcript (the scenario's own profile and channel). */
export function play(scenario: string, { seed = 1, prefer = [], pick = 0, withCast = false }: PlayOptions = {}): Played {
  const meta = scenarioById(scenario);
  if (!meta) throw new Error(`unknown scenario ${scenario}`);
  const runner = new StoryRunner(storyOf(scenario), seed, scenarioStart(scenario));
  let step = runner.continue();
  for (let decision = 0; step.ending === undefined; decision++) {
    const offered = runner.story.currentChoices;
    const preferred = offered.find((c) => (c.tags ?? []).some((tag) => prefer.some((act) => tag.includes(act))));
    step = runner.choose(preferred ? preferred.index : (pick + decision) % offered.length);
  }
  return { format: TRANSCRIPT_FORMAT, profile: meta.profile, channel: meta.channel, events: runner.events.map((e) => ({ ...e })), scenario, seed, choices: [...runner.path], ...(withCast ? { cast: structuredClone(runner.cast) } : {}) };
}
