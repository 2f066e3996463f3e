// Group commit: concurrent writes share a transaction; a failing one fails alone; all are on disk when answered.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCommitQueue } from '../src/server/batch';
import { openDatabase } from '../src/server/db';

describe('createCommitQueue', () => {
  it('commits concurrent writes together and lets one bad write fail alone', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'madoguchi-batch-')), 'r.sqlite');
    const db = openDatabase(path);
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    // Another connection sees only committed rows: inside the last job, the earlier jobs' rows must not be
    // visible yet. Were each job its own transaction, they would be.
    const other = new Database(path, { readonly: true });
    const visible = () => (other.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;
    const commit = createCommitQueue(db);
    const insert = db.prepare('INSERT INTO t (k) VALUES (?)');
    let seenInside = -1;
    let seenByWriter = -1;
    const results = await Promise.allSettled([
      commit(() => insert.run('a')),
      commit(() => insert.run('b')),
      commit(() => insert.run('a')), // duplicate key: fails
      commit(() => {
        seenInside = visible();
        seenByWriter = (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;
        return insert.run('c');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(seenByWriter).toBe(2); // a and b written, in this transaction
    expect(seenInside).toBe(0); // … and not yet committed
    expect(visible()).toBe(3); // all three once answered
    expect((db.prepare('SELECT k FROM t ORDER BY k').all() as { k: string }[]).map((r) => r.k)).toEqual(['a', 'b', 'c']);
    other.close();
    db.close();
  });
});
