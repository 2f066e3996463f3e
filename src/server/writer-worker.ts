// The database writer's thread (started by writer.ts): its own connection to the results database, the
// group commit (batch.ts) and the named writes (writes.ts). Each job is answered once its commit is durable.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { ConflictError } from './attempts';
import { createCommitQueue } from './batch';
import { tune } from './db';
import { createWrites, type WriteName } from './writes';
import type { XapiOptions } from './xapi';

export interface WriterData {
  script: string;
  path: string;
  xapi: XapiOptions;
  /** Past this WAL size the writer checkpoints on commit (see serve). */
  selfCheckpointBytes: number;
}
export interface WriteJob {
  id: number;
  name: WriteName;
  args: unknown;
}
/** The writes of one turn of the main thread's event loop, or the word to stop once all are answered. */
export type ToWriter = { jobs: WriteJob[] } | { stop: true };
/** Why a write failed, as plain data: a ConflictError (409) or anything else, with SQLite's code if any. */
export interface WriteFailure {
  conflict: boolean;
  message: string;
  code?: string;
}
export type Answer = { id: number; value: unknown } | { id: number; failure: WriteFailure };
/** The answers of one commit (or more), in one message; or that the writer serves. */
export type FromWriter = { answers: Answer[]; commits: number } | { ready: Settings };
/** The connection's settings, as the writer reports them when it starts (a test holds them). */
export interface Settings {
  synchronous: number;
  foreignKeys: number;
  journalSizeLimit: number;
  walAutocheckpoint: number;
}

export function serve(): void {
  const port = parentPort!;
  const { path, xapi, selfCheckpointBytes } = workerData as WriterData;
  const db = new Database(path);
  tune(db);
  // The checkpoint worker (checkpoint.ts) keeps the WAL near 8 MB, so this connection's own checkpoint on commit,
  // past selfCheckpointBytes (32 MB), comes into play only while that worker is down.
  db.pragma(`wal_autocheckpoint = ${Math.ceil(selfCheckpointBytes / (db.pragma('page_size', { simple: true }) as number))}`);
  const writes = createWrites(db, xapi);
  const commit = createCommitQueue(db);
  let inFlight = 0;
  let stopping = false;
  // The answers of one commit leave together: settled in one turn, sent at its end.
  let answers: Answer[] = [];
  const closeWhenIdle = () => {
    if (!stopping || inFlight > 0 || answers.length > 0) return;
    db.close();
    port.close();
  };

  const answer = (a: Answer) => {
    if (answers.push(a) > 1) return;
    setImmediate(() => {
      port.postMessage({ answers, commits: commit.commits } satisfies FromWriter);
      answers = [];
      closeWhenIdle();
    });
  };

  port.on('message', (m: ToWriter) => {
    if ('stop' in m) {
      stopping = true;
      return closeWhenIdle();
    }
    for (const job of m.jobs) {
      inFlight++;
      const write = writes[job.name] as (args: unknown) => unknown;
      commit(() => write(job.args)).then(
        (value) => {
          inFlight--;
          answer({ id: job.id, value });
        },
        (e: unknown) => {
          inFlight--;
          const err = e as Error & { code?: unknown };
          answer({ id: job.id, failure: { conflict: e instanceof ConflictError, message: String(err?.message ?? e), ...(typeof err?.code === 'string' ? { code: err.code } : {}) } });
        },
      );
    }
  });
  const setting = (name: string) => db.pragma(name, { simple: true }) as number;
  const settings: Settings = { synchronous: setting('synchronous'), foreignKeys: setting('foreign_keys'), journalSizeLimit: setting('journal_size_limit'), walAutocheckpoint: setting('wal_autocheckpoint') };
  port.postMessage({ ready: settings } satisfies FromWriter);
}
