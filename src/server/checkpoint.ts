// WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the commit that
// crosses 1,000 WAL pages, so one trainee in a burst of forty waited for pages to be copied into
// the database file (a wave of 40 took 31 ms in process, 20 ms without it). Here the writer never
// checkpoints; a worker thread with its own connection does, every second, in PASSIVE mode, which
// never blocks the writer. Durability is unchanged: a commit is durable once it is in the WAL
// (synchronous = FULL), and SQLite replays the WAL after a crash.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DB } from './db';

/** Checkpoints failing this many times in a row: the worker stops and the writer checkpoints again. */
const GIVE_UP_AFTER = 5;

// An eval'd CommonJS worker: no loader or build step is involved, under tsx, Vitest or plain Node.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
let failures = 0;
const stop = (code) => { clearInterval(timer); db.close(); parentPort.close(); process.exitCode = code; };
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (e) {
    parentPort.postMessage(String((e && e.message) || e));
    if (++failures >= workerData.giveUpAfter) stop(1);
  }
}, workerData.everyMs);
parentPort.on('message', () => stop(0));
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** `path` is the database file the worker opens: the writer's own, unless a test says otherwise. */
export function startCheckpointer(db: DB, { everyMs = 1000, path = db.name } = {}): Checkpointer {
  if (db.memory) return { stop: async () => {} };
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER, { eval: true, workerData: { path, everyMs, giveUpAfter: GIVE_UP_AFTER, sqlite: createRequire(import.meta.url).resolve('better-sqlite3') } });
  let stopping = false;
  let fellBack = false;
  // Without the worker the WAL would grow without end: the writer checkpoints itself again, as SQLite does by default.
  const fallBack = (why: string) => {
    if (fellBack) return;
    fellBack = true;
    console.error(`checkpoint worker stopped (${why}); the database checkpoints on commit instead`);
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('message', (m) => console.error(`checkpoint: ${m}`));
  worker.on('error', (e) => fallBack(e.message));
  worker.on('exit', (code) => {
    if (!stopping && code !== 0) fallBack(`exit code ${code}`);
  });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      stopping = true;
      worker.ref(); // so the process waits for the last checkpoint to finish
      worker.postMessage('stop');
      await exited;
    },
  };
}
