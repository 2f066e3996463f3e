// One replay worker thread (started by replay-pool.ts): builds each scenario's Story once, from the JSON the
// pool sends the first time this worker needs it, and plays one play at a time on it; a submission it checks
// it also scores, so the event loop only stores it.
import { Story } from 'inkjs';
import { parentPort } from 'node:worker_threads';
import type { Transcript } from '../model/transcript';
import { compareWithExpected, expectedOf, Refused, type Expected, type Play } from './replay-check';
import { scoreForStore, type Scored } from './scored';
import type { StatementContext } from './statement';

/** A submission whose play was not replayed in advance: if the story gives its events, it is scored for the store (scored.ts). */
export interface Submission {
  transcript: Transcript;
  at: StatementContext;
}

// A job without a submission is a play replayed in advance (or against an earlier version of its story): it
// carries the play only (scenario, seed, choices), and the answer is what the story gives.
// A job on an earlier version of a story carries its JSON and is built for that job only: such jobs are rare
// (story-versions.ts), and a worker keeping every version it met would grow with each release.
export type ToWorker = { type: 'story'; scenario: string; json: string } | { type: 'job'; play: Play; json?: string; submission?: Submission };
/**
 * The answer to a job: what the story gives, or the submission scored; refused (422, the message naming the
 * choice or the event), or failed (500); or that the worker has started.
 */
export type FromWorker = { expected: Expected } | { scored: Scored } | { refused: string } | { error: string } | { ready: true };

/** What a worker does with each message: a story is kept (no answer), a job is answered. */
export function answerer(): (m: ToWorker) => Exclude<FromWorker, { ready: true }> | null {
  const stories = new Map<string, Story>();
  return (m) => {
    if (m.type === 'story') {
      stories.set(m.scenario, new Story(m.json));
      return null;
    }
    try {
      const sub = m.submission;
      const story = m.json ? new Story(m.json) : stories.get(m.play.scenario);
      if (!story) return { error: `replay worker: the story of ${m.play.scenario} was never sent to it` };
      const expected = expectedOf(m.play, story);
      if (!sub) return { expected };
      compareWithExpected(sub.transcript, expected);
      return { scored: scoreForStore(sub.transcript, sub.at) };
    } catch (e) {
      // A Refused is the play's fault; anything else (a StoryError) is the story's and a 500.
      return e instanceof Refused ? { refused: e.message } : { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  };
}

/** Called by the pool's bootstrap once this module is loaded. */
export function serve(answer = answerer()): void {
  const port = parentPort!;
  port.on('message', (m: ToWorker) => {
    const reply = answer(m);
    if (reply) port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
