// Group commit: concurrent writes share a transaction; a failing one fails alone; all are on disk when answered.
import { describe, expect, it } from 'vitest';
import { createCommitQueue } from '../src/server/batch';
import { openDatabase } from '../src/server/db';

describe('createCommitQueue', () => {
  it('commits concurrent writes together and lets one bad write fail alone', async () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    const commit = createCommitQueue(db);
    const insert = db.prepare('INSERT INTO t (k) VALUES (?)');
    let transactions = 0;
    const results = await Promise.allSettled([
      commit(() => insert.run('a')),
      commit(() => insert.run('b')),
      commit(() => insert.run('a')), // duplicate key: fails
      commit(() => {
        transactions = db.inTransaction ? transactions + 1 : transactions;
        return insert.run('c');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(transactions).toBe(1);
    expect((db.prepare('SELECT k FROM t ORDER BY k').all() as { k: string }[]).map((r) => r.k)).toEqual(['a', 'b', 'c']);
  });
});
