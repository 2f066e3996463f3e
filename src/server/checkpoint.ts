// WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the commit that
// crosses 1,000 WAL pages, so one trainee in a burst of forty waited for pages to be copied into
// the database file (a wave of 40 took 33 ms in process, 19 ms without it). Here the writer never
// checkpoints; a worker thread with its own connection does, every second, in PASSIVE mode, which
// never blocks the writer. Durability is unchanged: a commit is durable once it is in the WAL
// (synchronous = FULL), and SQLite replays the WAL after a crash.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DB } from './db';

// An eval'd CommonJS worker: no loader or build step is involved, under tsx, Vitest or plain Node.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (e) { parentPort.postMessage(String(e && e.message || e)); }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(db: DB, everyMs = 1000): Checkpointer {
  if (db.memory) return { stop: async () => {} };
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER, { eval: true, workerData: { path: db.name, everyMs, sqlite: createRequire(import.meta.url).resolve('better-sqlite3') } });
  worker.on('message', (m) => console.error(`checkpoint: ${m}`));
  worker.on('error', (e) => {
    // Without the worker the writer checkpoints itself again, as SQLite does by default.
    console.error(`checkpoint worker stopped (${e.message}); the database checkpoints on commit instead`);
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      worker.ref(); // so the process waits for the last checkpoint to finish
      worker.postMessage('stop');
      await exited;
    },
  };
}
