// Replays off the event loop. Replaying a submission costs 2–5 ms of CPU; on the event loop a wave of
// 40 trainees waited for all forty in turn. Here a few worker threads replay (replay-worker.ts), each
// with every story it has needed built once, while the main thread goes on parsing and committing.
//
// Bounded: beyond `queue` submissions waiting for a free worker the pool refuses at once (503; the
// game's outbox sends again later) rather than grow. A worker that dies (or runs past `jobTimeoutMs`)
// fails only the job it held, with a logged 500 (nothing was stored, so nothing acknowledged is lost),
// and a new worker takes its place. Idle workers are unref'd: they never keep a process or Vitest alive.
import { Worker } from 'node:worker_threads';
import { REPLAY_QUEUE, REPLAY_WORKERS } from './limits';
import type { Replayable } from './replay-check';
import type { FromWorker, ToWorker } from './replay-worker';
import { storyOf as compiledStory } from './replay';
import { HttpError } from './routes/errors';

export interface ReplayPoolOptions {
  /** Worker threads at most (started when first needed). */
  size?: number;
  /** Submissions waiting for a free worker, beyond those being replayed; more are refused with 503. */
  queue?: number;
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
  /** Resolves if the transcript is what its story gives; rejects with a 422 naming the first difference, 503 when full, 500 when its worker died. */
  check(transcript: Replayable): Promise<void>;
  close(): Promise<void>;
}

interface Job {
  transcript: Replayable;
  resolve: () => void;
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

const BOOT = new URL('./replay-boot.mjs', import.meta.url);

export function createReplayPool({
  size = REPLAY_WORKERS,
  queue = REPLAY_QUEUE,
  warm = [],
  script = new URL('./replay-worker.ts', import.meta.url),
  jobTimeoutMs = 5_000,
  log = (m) => console.warn(m),
  storyOf = compiledStory,
}: ReplayPoolOptions = {}): ReplayPool {
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let closed = false;

  const send = (slot: Slot, m: ToWorker) => slot.worker.postMessage(m);
  const give = (slot: Slot, scenario: string) => {
    if (slot.given.has(scenario)) return;
    send(slot, { type: 'story', scenario, json: storyOf(scenario) });
    slot.given.add(scenario);
  };

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
      give(slot, job.transcript.scenario);
    } catch (e) {
      job.reject(e as Error); // a story that does not compile: a 500, logged
      return;
    }
    slot.job = job;
    slot.worker.ref(); // a job in hand keeps the process alive until it is answered
    if (slot.ready) startClock(slot);
    send(slot, { type: 'job', transcript: job.transcript });
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
      return;
    }
    const job = free(slot);
    slot.answered++;
    if (job) {
      if ('ok' in reply) job.resolve();
      else if ('refused' in reply) job.reject(new HttpError(422, reply.refused));
      else job.reject(new Error(reply.error));
    }
    feed(slot);
  }

  /** Gives an idle worker the next waiting job (the next again if that one's story cannot be sent). */
  function feed(slot: Slot): void {
    while (!slot.job && waiting.length) dispatch(slot, waiting.shift()!);
  }

  function lost(slot: Slot, why: string): void {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    if (closed) return;
    const job = free(slot);
    if (job) {
      log(`replay worker stopped (${why}) while checking an attempt at ${job.transcript.scenario}; that submission was answered 500 and not stored`);
      job.reject(new HttpError(500, `the server could not check this attempt (its replay stopped: ${why}); nothing was stored, and the game will send it again`));
    } else log(`replay worker stopped (${why}) while idle`);
    // A new worker for the waiting jobs, or to keep the stories built; not for one that died before it ever
    // answered (a worker that cannot start would otherwise be started again and again).
    if (waiting.length) feed(spawn());
    else if (warm.length && slot.answered > 0) spawn();
  }

  if (warm.length) while (slots.length < size) spawn();

  return {
    check(transcript) {
      if (closed) return Promise.reject(new HttpError(503, 'the server is stopping; nothing was stored, and the game will send this attempt again'));
      return new Promise<void>((resolve, reject) => {
        const job = { transcript, resolve, reject };
        const idle = slots.find((s) => !s.job) ?? (slots.length < size ? spawn() : undefined);
        if (idle) dispatch(idle, job);
        else if (waiting.length < queue) waiting.push(job);
        else reject(new HttpError(503, `the server is busy: ${waiting.length} attempts are waiting to be checked; nothing was stored, and the game will send this one again shortly`));
      });
    },

    async close() {
      closed = true;
      const stopping = new HttpError(503, 'the server is stopping; nothing was stored, and the game will send this attempt again');
      for (const job of waiting.splice(0)) job.reject(stopping);
      await Promise.all(
        slots.map((slot) => {
          free(slot)?.reject(stopping);
          return slot.worker.terminate();
        }),
      );
    },
  };
}
