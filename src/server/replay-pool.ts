// Replays off the event loop. Replaying a submission costs 2–5 ms of CPU; on the event loop a wave of
// 40 trainees waited for all forty in turn. Here a few worker threads replay (replay-worker.ts), each
// with every story it has needed built once, while the main thread goes on parsing and committing.
//
// In advance: a trainee in a session reaches the ending, then writes the record sheet for minutes, and a
// room submits together. So the game reports the finished play (its seed and choices) at the ending and
// the pool replays it then (`prepare`), keeping what the story gave; the submission, when it comes, is
// only compared with that on the main thread (replay-check.ts compareWithExpected) and scored there for the
// store (scored.ts). A submission whose play was not prepared (self-study, a restarted server, a dropped
// report) is replayed as it arrives, and the worker that replays it scores it too (`score`).
// A prepared replay is only ever the server's own play of a story, so a report cannot make a forged
// transcript pass; it waits behind every submission and is dropped when too many wait.
//
// Bounded: beyond `queue` submissions waiting for a free worker the pool refuses at once (503 with
// Retry-After; the game's outbox sends again later) rather than grow. A worker that dies (or runs past
// `jobTimeoutMs`) fails only the job it held, with a logged 500 (nothing was stored, so nothing
// acknowledged is lost), and a new worker takes its place. Idle workers are unref'd: they never keep a
// process or Vitest alive.
import { Worker } from 'node:worker_threads';
import { REPLAY_PREPARED, REPLAY_QUEUE, REPLAY_WORKERS } from './limits';
import { compareWithExpected, Refused, type Expected, type Play, type Replayable } from './replay-check';
import type { FromWorker, Submission, ToWorker } from './replay-worker';
import { scoreForStore, type Scored } from './scored';
import type { StatementContext } from './statement';
import { storyOf as compiledStory } from './replay';
import { HttpError, stopping } from './routes/errors';

export interface ReplayPoolOptions {
  /** Worker threads at most (started when first needed). */
  size?: number;
  /** Submissions waiting for a free worker, beyond those being replayed; more are refused with 503. */
  queue?: number;
  /** Plays replayed in advance and kept until their submission comes (the oldest are forgotten beyond it). */
  prepared?: number;
  /** Scenarios every worker builds as it starts (main.ts: all), so no trainee waits for a build; workers start at once. */
  warm?: readonly string[];
  /** The worker's module, exporting serve() (replay-worker.ts); a test substitutes one that dies. */
  script?: URL;
  /** A job still running this long after its worker started stops the worker (a story that never ends would hold it for good). */
  jobTimeoutMs?: number;
  /** Where a worker's death is reported (the app's logger, at warn). */
  log?: (message: string) => void;
  /** The compiled story of a scenario. */
  storyOf?: (scenario: string) => string;
}

export interface ReplayPool {
  /**
   * Resolves if the transcript is what its story gives; rejects with a 422 naming the first difference, 503 when full,
   * 500 when its worker died. `earlier`: check it against this compiled JSON of an earlier version of the story instead
   * (story-versions.ts).
   */
  check(transcript: Replayable, earlier?: string): Promise<void>;
  /**
   * Checks the transcript as `check` does against the story served now, then scores it for the store (scored.ts);
   * `at` is what its statement names. Rejects as `check` does.
   */
  score(transcript: Replayable, at: StatementContext): Promise<Scored>;
  /** Replays a finished play now, when a worker is free, so its submission is only compared; never fails (dropped when busy). */
  prepare(play: Play): void;
  /** Resolves once the warm workers have built their stories and serve (main.ts listens only then). */
  ready(): Promise<void>;
  /** How many prepared plays are kept, waiting or done (for tests and the bench). */
  readonly preparedCount: number;
  close(): Promise<void>;
}

/** What a job resolves to: what the story gives (a play), or the submission scored. */
type Answer = { expected: Expected } | { scored: Scored };

interface Job {
  play: Play;
  /** The compiled story of an earlier version (absent: storyOf gives the current one). */
  json?: string;
  /** A submission to check against the play and score (absent: the answer is what the story gives). */
  submission?: Submission;
  /** Replayed in advance (`prepare`): its failure fails no submission (one waiting for it replays again). */
  readonly prepared: boolean;
  /** A prepared play nobody waits for yet: it goes after every submission. */
  early: boolean;
  done: Promise<Answer>;
  resolve: (a: Answer) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** Scenarios whose story this worker has been sent. */
  given: Set<string>;
  answered: number;
  /** Its module is loaded and serving: a job's clock starts only then (loading takes seconds on a busy PC). */
  ready: boolean;
  timer?: ReturnType<typeof setTimeout>;
  /** Why it stopped, if it did (an uncaught error arrives before the exit). */
  failure?: string;
}

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
/** Throws a 422 naming the first difference unless the transcript is what its play gave. */
function compared(t: Replayable, expected: Expected): void {
  try {
    compareWithExpected(t, expected);
  } catch (e) {
    throw e instanceof Refused ? new HttpError(422, e.message) : e;
  }
}
const playOf = (t: Replayable): Play => ({ scenario: t.scenario, seed: t.seed, choices: t.choices });
/** One play, one key: the same scenario, seed and choices replay to the same events. */
const keyOf = (p: Play) => `${p.scenario}\u0000${p.seed}\u0000${p.choices.join(',')}`;

export function createReplayPool({
  size = REPLAY_WORKERS,
  queue = REPLAY_QUEUE,
  prepared = REPLAY_PREPARED,
  warm = [],
  script = new URL('./replay-worker.ts', import.meta.url),
  jobTimeoutMs = 5_000,
  log = (m) => console.warn(m),
  storyOf = compiledStory,
}: ReplayPoolOptions = {}): ReplayPool {
  const slots: Slot[] = [];
  /** Submissions waiting for a worker, then plays replayed in advance: a worker takes from the first first. */
  const waiting: Job[] = [];
  const waitingEarly: Job[] = [];
  /** Prepared plays by key, in the order they came (a Map keeps it): waiting, running or done. */
  const kept = new Map<string, Job>();
  let closed = false;
  let readyAll: () => void = () => {};
  const allReady = new Promise<void>((resolve) => (readyAll = resolve));

  const send = (slot: Slot, m: ToWorker) => slot.worker.postMessage(m);
  const give = (slot: Slot, scenario: string) => {
    if (slot.given.has(scenario)) return;
    send(slot, { type: 'story', scenario, json: storyOf(scenario) });
    slot.given.add(scenario);
  };

  function newJob(play: Play, early: boolean, json?: string, submission?: Submission): Job {
    let resolve!: Job['resolve'];
    let reject!: Job['reject'];
    const done = new Promise<Answer>((res, rej) => ((resolve = res), (reject = rej)));
    return { play, ...(json ? { json } : {}), ...(submission ? { submission } : {}), prepared: early, early, done, resolve, reject };
  }

  function spawn(): Slot {
    const worker = new Worker(BOOT, { workerData: { script: script.href } });
    worker.unref();
    const slot: Slot = { worker, job: null, given: new Set(), answered: 0, ready: false };
    worker.on('message', (reply: FromWorker) => onReply(slot, reply));
    worker.on('error', (e) => (slot.failure ??= e.message));
    worker.on('exit', (code) => lost(slot, slot.failure ?? `exit code ${code}`));
    slots.push(slot);
    for (const id of warm) give(slot, id);
    return slot;
  }

  function dispatch(slot: Slot, job: Job): void {
    try {
      if (!job.json) give(slot, job.play.scenario); // an earlier version travels with its job
    } catch (e) {
      job.reject(e as Error); // a story that does not compile: a 500, logged
      return;
    }
    slot.job = job;
    slot.worker.ref(); // a job in hand keeps the process alive until it is answered
    if (slot.ready) startClock(slot);
    send(slot, { type: 'job', play: job.play, ...(job.json ? { json: job.json } : {}), ...(job.submission ? { submission: job.submission } : {}) });
  }

  function startClock(slot: Slot): void {
    slot.timer = setTimeout(() => {
      slot.failure = `a replay ran past ${jobTimeoutMs} ms`;
      void slot.worker.terminate();
    }, jobTimeoutMs);
    slot.timer.unref();
  }

  function free(slot: Slot): Job | null {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = null;
    slot.worker.unref();
    return job;
  }

  function onReply(slot: Slot, reply: FromWorker): void {
    if ('ready' in reply) {
      slot.ready = true;
      if (slot.job) startClock(slot);
      checkReady();
      return;
    }
    const job = free(slot);
    slot.answered++;
    if (job) {
      if ('expected' in reply || 'scored' in reply) job.resolve(reply);
      else if ('refused' in reply) job.reject(new HttpError(422, reply.refused));
      else job.reject(new Error(reply.error));
    }
    feed(slot);
  }

  /** Gives an idle worker the next waiting job, submissions first (the next again if that one's story cannot be sent). */
  function feed(slot: Slot): void {
    while (!slot.job && (waiting.length || waitingEarly.length)) dispatch(slot, (waiting.shift() ?? waitingEarly.shift())!);
  }

  /** Ready once every worker started so far serves (one that died starting does not hold the server back). */
  function checkReady(): void {
    if (slots.every((s) => s.ready)) readyAll();
  }

  function lost(slot: Slot, why: string): void {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    if (closed) return;
    checkReady();
    const job = free(slot);
    if (job?.prepared) {
      log(`replay worker stopped (${why}) while replaying a finished play of ${job.play.scenario} in advance; its submission is replayed again`);
      job.reject(new Error(why));
    } else if (job) {
      log(`replay worker stopped (${why}) while checking an attempt at ${job.play.scenario}; that submission was answered 500 and not stored`);
      job.reject(new HttpError(500, `the server could not check this attempt (its replay stopped: ${why}); nothing was stored, and the game will send it again`));
    } else log(`replay worker stopped (${why}) while idle`);
    // A new worker for the waiting jobs, or to keep the stories built; not for one that died before it ever
    // answered (a worker that cannot start would otherwise be started again and again).
    if (waiting.length || waitingEarly.length) feed(spawn());
    else if (warm.length && slot.answered > 0) spawn();
  }

  /** Runs a job now on an idle worker (starting one if the pool may grow), else queues it; false when its queue is full. */
  function start(job: Job): boolean {
    const idle = slots.find((s) => !s.job) ?? (slots.length < size ? spawn() : undefined);
    if (idle) dispatch(idle, job);
    else if (!job.early && waiting.length < queue) waiting.push(job);
    else if (job.early && waiting.length === 0 && waitingEarly.length < prepared) waitingEarly.push(job);
    else return false;
    return true;
  }

  /**
   * What the story gave a play replayed in advance (`prepare`), waiting for it if it is still running; undefined if
   * it was not prepared or its replay failed (it is then replayed again). A 422 (not a path of the story) stands.
   */
  async function inAdvance(play: Play): Promise<Expected | undefined> {
    const early = kept.get(keyOf(play));
    if (!early) return undefined;
    kept.delete(keyOf(play));
    // Someone waits for it now: a prepared play still queued goes ahead of the other prepared ones.
    const at = waitingEarly.indexOf(early);
    if (at >= 0) {
      waitingEarly.splice(at, 1);
      early.early = false;
      waiting.unshift(early);
    }
    const answer = await early.done.catch((e: unknown) => {
      if (e instanceof HttpError && e.statusCode === 422) throw e;
      return undefined;
    });
    return answer && 'expected' in answer ? answer.expected : undefined;
  }

  /** Runs a submission's job (or a play's), refusing it with 503 when the queue is full. */
  function run(job: Job): Promise<Answer> {
    if (!start(job)) throw new HttpError(503, `the server is busy: ${waiting.length} attempts are waiting to be checked; nothing was stored, and the game will send this one again shortly`, 2);
    return job.done;
  }

  if (warm.length) while (slots.length < size) spawn();
  else readyAll();

  return {
    async check(transcript, earlier) {
      if (closed) throw stopping();
      const play = playOf(transcript);
      // A play prepared in advance ran on the current story; an earlier version is always replayed here.
      let expected = earlier ? undefined : await inAdvance(play);
      if (!expected) {
        const answer = await run(newJob(play, false, earlier));
        if (!('expected' in answer)) throw new Error('replay worker: a play was answered as a submission');
        expected = answer.expected;
      }
      compared(transcript, expected);
    },

    async score(transcript, at) {
      if (closed) throw stopping();
      const play = playOf(transcript);
      const expected = await inAdvance(play);
      if (expected) {
        // Replayed in advance: compared and scored here, which costs the event loop no more than handing the
        // transcript to a worker and taking its answer back would, and waits for no worker (measured: a room's
        // slowest submissions came later when a worker scored them).
        compared(transcript, expected);
        return scoreForStore(transcript, at);
      }
      // To be replayed now: the worker that replays it scores it too.
      const answer = await run(newJob(play, false, undefined, { transcript, at }));
      if (!('scored' in answer)) throw new Error('replay worker: a submission was answered as a play');
      return answer.scored;
    },

    prepare(play) {
      const key = keyOf(play);
      if (closed || kept.has(key)) return;
      const job = newJob({ scenario: play.scenario, seed: play.seed, choices: [...play.choices] }, true);
      job.done.catch(() => kept.get(key) === job && kept.delete(key)); // a failed one is forgotten (and no rejection goes unhandled)
      if (!start(job)) return; // busy: the submission will be replayed when it comes
      kept.set(key, job);
      // The oldest beyond the bound are forgotten (a trainee who never submitted); a queued one is not run.
      for (const [k, old] of kept) {
        if (kept.size <= prepared) break;
        kept.delete(k);
        const at = waitingEarly.indexOf(old);
        if (at >= 0) waitingEarly.splice(at, 1);
      }
    },

    ready: () => allReady,

    get preparedCount() {
      return kept.size;
    },

    async close() {
      closed = true;
      readyAll();
      for (const job of waiting.splice(0)) job.reject(stopping());
      for (const job of waitingEarly.splice(0)) job.reject(stopping());
      kept.clear();
      await Promise.all(
        slots.map((slot) => {
          free(slot)?.reject(stopping());
          return slot.worker.terminate();
        }),
      );
    },
  };
}
