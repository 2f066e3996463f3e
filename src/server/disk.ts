// Writes are refused with a clear error while the database's disk is nearly full, rather than failing
// inside a commit. statfs is asked at most once a second: a wave of forty submissions asks once.
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MIN_FREE_DISK_BYTES } from './limits';
import { HttpError } from './routes/errors';

const MB = 1024 * 1024;

/** `dbPath` null (an in-memory database) checks nothing. */
export function diskGuard(dbPath: string | null, minFree = MIN_FREE_DISK_BYTES): () => Promise<void> {
  let checkedAt = -Infinity;
  let free = Infinity;
  // The question in flight: forty requests arriving together wait for one answer, not forty.
  let asking: Promise<void> | null = null;
  const ask = (path: string) =>
    (asking ??= statfs(dirname(path))
      .then((s) => {
        free = s.bavail * s.bsize;
        checkedAt = performance.now();
      })
      .finally(() => (asking = null)));
  return async () => {
    if (!dbPath) return;
    if (performance.now() - checkedAt > 1000) await ask(dbPath);
    if (free < minFree) throw new HttpError(507, `disk: only ${Math.floor(free / MB)} MB free on the server's disk (${Math.ceil(minFree / MB)} MB needed); nothing was stored, and the game sends it again later. Tell the training lead.`);
  };
}
