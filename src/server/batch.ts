// Group commit: writes that arrive together share one transaction, so a room of 40 trainees
// submitting at once costs one disk sync, not forty. Each caller still hears back only after
// its write is durable (the transaction committed with synchronous = FULL).
import type { DB } from './db';

interface Job {
  run: () => unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export function createCommitQueue(db: DB) {
  let pending: Job[] = [];

  function flush(): void {
    const batch = pending;
    pending = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const job of batch) {
          // Each job runs in a savepoint of its own (better-sqlite3 nests transactions), so one bad job fails alone.
          try {
            outcomes.push({ ok: true, value: db.transaction(job.run)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate(); // the write lock from the start: waits for a checkpoint's brief lock instead of failing (SQLITE_BUSY)
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const o = outcomes[i]!;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.error);
    });
  }

  return function commit<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.push({ run, resolve: resolve as (v: unknown) => void, reject });
      if (pending.length === 1) setImmediate(flush);
    });
  };
}
