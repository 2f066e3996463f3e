// WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the commit that
// crosses 1,000 WAL pages, so one trainee in a burst of forty waited for pages to be copied into
// the database file (a wave of 40 took 31 ms in process, 20 ms without it). Here the writer never
// checkpoints; a worker thread with its own connection does, every second, in PASSIVE mode, which
// never blocks the writer. Durability is unchanged: a commit is durable once it is in the WAL
// (synchronous = FULL), and SQLite replays the WAL after a crash.
//
// PASSIVE alone does not bound the WAL: under sustained writes new frames arrive while it copies, the
// log is never wholly copied, so the writer never starts it over (8 writers for 45 s grew it to 1.5 GB).
// Past WAL_ESCALATE_BYTES the worker follows its PASSIVE pass with TRUNCATE, which waits for the writer
// to finish, copies what little the PASSIVE pass left and empties the log. It blocks the writer only for
// that remainder, and its own busy timeout is short, so a commit waits milliseconds, never the whole copy;
// if the writer is busy the worker gives up and tries again next tick.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { JOURNAL_SIZE_LIMIT, type DB } from './db';

/** Checkpoints failing this many times in a row: the worker stops, the writer checkpoints, and the worker is started again. */
const GIVE_UP_AFTER = 5;
/** Past this WAL size the worker truncates the log. */
export const WAL_ESCALATE_BYTES = JOURNAL_SIZE_LIMIT / 2;
/** A failed worker is started again after 1 s, 2 s, 4 s … up to a minute. */
const RESTART_MAX_MS = 60_000;

// An eval'd CommonJS worker: no loader or build step is involved, under tsx, Vitest or plain Node.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.sqlite);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 50');
let failures = 0;
const walSize = () => { try { return statSync(workerData.path + '-wal').size; } catch { return 0; } };
const stop = (code) => { clearInterval(timer); db.close(); parentPort.close(); process.exitCode = code; };
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    // busy (the writer held on past the short timeout) is no failure: the next tick tries again.
    if (walSize() > workerData.escalateBytes) db.pragma('wal_checkpoint(TRUNCATE)');
    if (failures > 0 || !workerData.confirmed) { workerData.confirmed = true; parentPort.postMessage({ ok: true }); }
    failures = 0;
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.message) || e) });
    if (++failures >= workerData.giveUpAfter) stop(1);
  }
}, workerData.everyMs);
parentPort.on('message', () => stop(0));
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export interface CheckpointOptions {
  everyMs?: number;
  /** The database file the worker opens: the writer's own, unless a test says otherwise. */
  path?: string;
  escalateBytes?: number;
  /** Delay before the first restart of a failed worker (doubling each time). */
  restartMs?: number;
}

export function startCheckpointer(db: DB, { everyMs = 1000, path = db.name, escalateBytes = WAL_ESCALATE_BYTES, restartMs = 1000 }: CheckpointOptions = {}): Checkpointer {
  if (db.memory) return { stop: async () => {} };
  db.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  let worker: Worker;
  let exited: Promise<void>;
  let restarts = 0;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');

  // While no worker runs the WAL would grow without end: the writer checkpoints itself, as SQLite does by default.
  const fallBack = (why: string) => {
    if (stopping || restartTimer) return;
    console.error(`checkpoint worker stopped (${why}); the database checkpoints on commit until it is started again`);
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
    const delay = Math.min(RESTART_MAX_MS, restartMs * 2 ** restarts++);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (!stopping && db.open) start();
    }, delay);
    restartTimer.unref();
  };

  function start(): void {
    worker = new Worker(WORKER, { eval: true, workerData: { path, everyMs, escalateBytes, giveUpAfter: GIVE_UP_AFTER, sqlite, confirmed: false } });
    worker.on('message', (m: { ok?: true; error?: string }) => {
      if (m.error) console.error(`checkpoint: ${m.error}`);
      // The worker checkpoints again: the writer stops checkpointing on commit.
      else if (m.ok && db.open) {
        db.pragma('wal_autocheckpoint = 0');
        restarts = 0;
      }
    });
    worker.on('error', (e) => fallBack(e.message));
    worker.on('exit', (code) => {
      if (code !== 0) fallBack(`exit code ${code}`);
    });
    worker.unref();
    exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  }
  start();

  return {
    async stop() {
      stopping = true;
      clearTimeout(restartTimer);
      worker.ref(); // so the process waits for the last checkpoint to finish
      worker.postMessage('stop');
      await exited;
    },
  };
}
