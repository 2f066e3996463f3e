// One replay worker thread (started by replay-pool.ts): builds each scenario's Story once, from the JSON the
// pool sends the first time this worker needs it, and plays one play at a time on it.
import { Story } from 'inkjs';
import { parentPort } from 'node:worker_threads';
import { expectedOf, Refused, type Expected, type Play } from './replay-check';

// A job carries the play only (scenario, seed, choices), not the transcript: the pool compares the
// transcript with the answer itself, so a play replayed before its submission arrives serves it.
// A job on an earlier version of a story carries its JSON and is built for that job only: such jobs are rare
// (story-versions.ts), and a worker keeping every version it met would grow with each release.
export type ToWorker = { type: 'story'; scenario: string; json: string } | { type: 'job'; play: Play; json?: string };
/** The answer to a job: what the story gives, refused (422, the message naming the choice), or failed (500); or that the worker has started. */
export type FromWorker = { expected: Expected } | { refused: string } | { error: string } | { ready: true };

/** What a worker does with each message: a story is kept (no answer), a job is answered. */
export function answerer(): (m: ToWorker) => Exclude<FromWorker, { ready: true }> | null {
  const stories = new Map<string, Story>();
  return (m) => {
    if (m.type === 'story') {
      stories.set(m.scenario, new Story(m.json));
      return null;
    }
    let story: Story | undefined;
    try {
      story = m.json ? new Story(m.json) : stories.get(m.play.scenario);
      if (!story) return { error: `replay worker: the story of ${m.play.scenario} was never sent to it` };
      return { expected: expectedOf(m.play, story) };
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
