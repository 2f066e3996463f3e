// The results database: migrations keep what earlier versions stored, and WAL checkpoints run in a
// worker thread so the commit a trainee waits for never copies pages into the database file.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAttempts } from '../src/server/attempts';
import { startCheckpointer } from '../src/server/checkpoint';
import { MIGRATIONS, openDatabase } from '../src/server/db';
import { randomTranscript } from '../scripts/bench/scoring';

const tmp = () => join(mkdtempSync(join(tmpdir(), 'madoguchi-db-')), 'results.sqlite');
const indexes = (db: Database.Database) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);

describe('openDatabase', () => {
  it('migrates a database written by the first version and keeps its attempts and verdicts', () => {
    const path = tmp();
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    const id = randomUUID();
    createAttempts(old).save({ ...randomTranscript(3), scenario: 'kosoku' }, id);
    old.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(indexes(db)).not.toContain('verdicts_principle');
    const kept = createAttempts(db).get(id)!;
    expect(kept.id).toBe(id);
    expect(kept.principles.length).toBeGreaterThan(0);
    db.close();
  });

  it('refuses a database from a newer version of the program, naming the file', () => {
    const path = tmp();
    const newer = new Database(path);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    expect(() => openDatabase(path)).toThrowError(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: database schema version`));
  });
});

describe('startCheckpointer', () => {
  it('leaves commits in the WAL and copies them into the database file from its worker', async () => {
    const path = tmp();
    const db = openDatabase(path);
    const checkpointer = startCheckpointer(db, 50);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(path).size;
    const attempts = createAttempts(db);
    db.transaction(() => {
      for (let i = 0; i < 300; i++) attempts.save({ ...randomTranscript(i), scenario: 'kosoku' }, randomUUID());
    })();
    // The writer did not checkpoint: the database file has not grown yet, the WAL has.
    expect(statSync(path).size).toBe(before);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(500_000);
    await expect.poll(() => statSync(path).size, { timeout: 5000, interval: 50 }).toBeGreaterThan(before + 500_000);
    await checkpointer.stop();
    expect(attempts.list().total).toBe(300);
    db.close();
  });

  it('does nothing for an in-memory database', async () => {
    const db = openDatabase(':memory:');
    await startCheckpointer(db).stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
