// The database writer. A room's submissions arrive together; storing each (the attempt row with its transcript,
// report and xAPI statement, its verdicts) and the group commit's disk sync cost the event loop about half of
// a submission's time, so forty answers left one after another. Here the writes run on a thread of their own
// with its own connection (writer-worker.ts): the event loop parses, checks and hands over, and answers when
// the thread says the commit is durable. What a request may write is a named write (writes.ts).
//
// An in-memory database (the tests) cannot be shared between threads: there the same writes run through the
// same group commit on the main connection.
import { Worker } from 'node:worker_threads';
import { ConflictError } from './attempts';
import { createCommitQueue } from './batch';
import { JOURNAL_SIZE_LIMIT, type DB } from './db';
import { HttpError, stopping } from './routes/errors';
import type { FromWriter, Settings, ToWriter, WriteFailure, WriteJob, WriterData } from './writer-worker';
import { createWrites, type WriteName, type Writes } from './writes';
import type { XapiOptions } from './xapi';

export interface Writer {
  /** Runs a named write in the group commit; resolves once it is durable. */
  run<K extends WriteName>(name: K, args: Parameters<Writes[K]>[0]): Promise<ReturnType<Writes[K]>>;
  /** Resolves once the writer serves (the server listens only then), with its connection's settings (null: the main connection's). */
  ready(): Promise<Settings | null>;
  /** Transactions committed so far (a room's writes share them). */
  readonly commits: number;
  /** Answers what it holds, then stops. */
  close(): Promise<void>;
}

export interface WriterOptions {
  /** A thread of its own (the default for a database file), or the main connection (always for :memory:). */
  thread?: boolean;
  log?: (message: string) => void;
  /** The thread's module (a test may give a failing one). */
  script?: URL;
  /** Should the checkpoint worker be down, the writer checkpoints on commit past this WAL size (twice what SQLite truncates it to). */
  selfCheckpointBytes?: number;
}

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
/** A writer that failed is started again after 100 ms, 200 ms, 400 ms … up to 10 s. */
const RESTART_MAX_MS = 10_000;


export function createWriter(db: DB, xapi: XapiOptions, { thread = !db.memory, log = (m) => console.warn(m), script = new URL('./writer-worker.ts', import.meta.url), selfCheckpointBytes = 2 * JOURNAL_SIZE_LIMIT }: WriterOptions = {}): Writer {
  if (!thread || db.memory) return inline(db, xapi);
  const data: WriterData = { script: script.href, path: db.name, xapi, selfCheckpointBytes };
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let closing = false;
  let restarts = 0;
  let worker!: Worker;
  /** Writes not yet handed over: those of one turn of the event loop go in one message (a room's come together). */
  let queued: WriteJob[] = [];
  let flushing = false;
  /** False between a failed writer's exit and its successor's start: writes wait in `queued`. */
  let up = false;
  let exited!: Promise<void>;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  let failure: string | undefined;
  let commits = 0;
  let markReady!: (s: Settings) => void;
  const firstReady = new Promise<Settings>((resolve) => (markReady = resolve));

  const handOver = () => {
    flushing = false;
    if (!up || queued.length === 0) return;
    const jobs = queued;
    queued = [];
    try {
      worker.postMessage({ jobs } satisfies ToWriter); // a new thread holds messages until it listens
      worker.ref(); // a write in hand keeps the process alive until it is answered
    } catch (e) {
      // Only plain data crosses (writes.ts); should a write's arguments not, that turn's writes fail alone (500).
      for (const job of jobs) {
        pending.get(job.id)?.reject(e as Error);
        pending.delete(job.id);
      }
    }
  };

  function start(): void {
    restartTimer = undefined;
    failure = undefined;
    worker = new Worker(BOOT, { workerData: data });
    worker.unref();
    up = true;
    handOver();
    worker.on('message', (m: FromWriter) => {
      if ('ready' in m) return markReady(m.ready);
      restarts = 0; // it answers: a writer dying again later starts over at 100 ms
      commits = m.commits;
      for (const answer of m.answers) {
        const job = pending.get(answer.id);
        if (!job) continue;
        pending.delete(answer.id);
        if ('failure' in answer) job.reject(rebuild(answer.failure));
        else job.resolve(answer.value);
      }
      if (pending.size === 0) worker.unref();
    });
    worker.on('error', (e) => (failure ??= e.message));
    exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        up = false;
        resolve();
        if (closing && code === 0) return;
        // What it was given is unanswered: committed or not, the game sends it again, and the same attempt again is
        // taken quietly (attempts.ts `same`). A 503 with Retry-After says so. Writes not yet given wait for the next.
        const why = failure ?? `exit code ${code}`;
        const waiting = new Set(queued.map((j) => j.id));
        const lost = [...pending].filter(([id]) => !waiting.has(id));
        log(`database writer stopped (${why}); ${lost.length} write(s) refused with 503, and it is started again`);
        for (const [id, job] of lost) {
          pending.delete(id);
          job.reject(new HttpError(503, `the server's database writer stopped (${why}); what was sent may or may not be stored: send it again (the game does)`, 2));
        }
        if (closing) return;
        const delay = Math.min(RESTART_MAX_MS, 100 * 2 ** restarts++);
        restartTimer = setTimeout(start, delay); // not unref'd: writes may be waiting
      }),
    );
  }
  start();

  return {
    run(name, args) {
      if (closing) return Promise.reject(stopping());
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        queued.push({ id, name, args });
        if (!flushing) {
          flushing = true;
          setImmediate(handOver);
        }
      });
    },
    ready: () => firstReady,
    get commits() {
      return commits;
    },
    async close() {
      if (closing) return exited;
      closing = true;
      if (!up) {
        // Closing while no writer runs: what waited for the next one is refused like any write after close.
        clearTimeout(restartTimer);
        for (const job of pending.values()) job.reject(stopping());
        pending.clear();
        return exited;
      }
      handOver();
      worker.ref();
      worker.postMessage({ stop: true } satisfies ToWriter); // after every write it was given: it answers them first
      await exited;
    },
  };
}

/** The same writes and group commit on the main connection. */
function inline(db: DB, xapi: XapiOptions): Writer {
  const writes = createWrites(db, xapi);
  const commit = createCommitQueue(db);
  return {
    run: (name, args) => commit(() => (writes[name] as (a: typeof args) => never)(args)),
    ready: async () => null,
    get commits() {
      return commit.commits;
    },
    close: async () => {},
  };
}

function rebuild(f: WriteFailure): Error {
  if (f.conflict) return new ConflictError(f.message);
  return Object.assign(new Error(f.message), f.code ? { code: f.code } : {});
}
