// The results database: migrations keep what earlier versions stored, and WAL checkpoints run in a
// worker thread so the commit a trainee waits for never copies pages into the database file.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAttempts } from '../src/server/attempts';
import { startCheckpointer } from '../src/server/checkpoint';
import { MIGRATIONS, openDatabase } from '../src/server/db';
import { randomTranscript } from '../scripts/bench/scoring';

const FIXTURE = fileURLToPath(new URL('./fixtures/d83cde2.db', import.meta.url));
const tmp = () => join(mkdtempSync(join(tmpdir(), 'madoguchi-db-')), 'results.sqlite');
const indexes = (db: Database.Database) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);

describe('openDatabase', () => {
  it('migrates a database written by the first version and keeps its attempts and verdicts', () => {
    const path = tmp();
    const old = new Database(path);
    old.exec(MIGRATIONS[0] as string);
    old.pragma('user_version = 1');
    // Rows as the first version wrote them (the d83cde2 fixture's: the schema of version 1 and 2 holds the same rows).
    old.exec(`ATTACH '${FIXTURE}' AS fx; INSERT INTO sessions SELECT * FROM fx.sessions; INSERT INTO attempts SELECT * FROM fx.attempts;
      INSERT INTO verdicts SELECT * FROM fx.verdicts; INSERT INTO participants SELECT * FROM fx.participants; DETACH fx;`);
    const id = (old.prepare('SELECT id FROM attempts LIMIT 1').get() as { id: string }).id;
    old.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(indexes(db)).not.toContain('verdicts_principle');
    const kept = createAttempts(db).get(id)!;
    expect(kept.id).toBe(id.toLowerCase()); // attempt ids are lower case from version 3 on
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
  // 700 attempts write well over the 1,000 WAL pages at which SQLite would checkpoint on commit.
  const fill = (db: Database.Database) => {
    const attempts = createAttempts(db);
    db.transaction(() => {
      for (let i = 0; i < 700; i++) attempts.save({ ...randomTranscript(i), scenario: 'kosoku' }, randomUUID());
    })();
    return attempts;
  };
  const fresh = () => {
    const path = tmp();
    const db = openDatabase(path);
    db.pragma('wal_checkpoint(TRUNCATE)'); // the migrations' pages are in the file, the WAL is empty
    return { path, db, before: statSync(path).size };
  };

  it('keeps the writer from checkpointing: a commit of over 1,000 pages leaves the database file as it was', async () => {
    const { path, db, before } = fresh();
    const checkpointer = startCheckpointer(db, { everyMs: 600_000 }); // the worker does not run during this test
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    fill(db);
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(1000 * 4096);
    expect(statSync(path).size).toBe(before);
    await checkpointer.stop();
    db.close();
  });

  it('copies committed pages into the database file from its worker', async () => {
    const { path, db, before } = fresh();
    const checkpointer = startCheckpointer(db, { everyMs: 50 });
    const attempts = fill(db);
    await expect.poll(() => statSync(path).size, { timeout: 5000, interval: 50 }).toBeGreaterThan(before + 1000 * 4096);
    await checkpointer.stop();
    expect(attempts.list().total).toBe(700);
    db.close();
  });

  it.each([
    ['cannot open the database', () => join(tmpdir(), 'no-such-dir', 'x.sqlite')],
    ['fails to checkpoint time after time', () => {
      const notADatabase = join(mkdtempSync(join(tmpdir(), 'madoguchi-db-')), 'notes.txt');
      writeFileSync(notADatabase, 'これはデータベースではありません。'.repeat(200));
      return notADatabase;
    }],
  ])('hands checkpoints back to the writer when the worker %s', async (_, path) => {
    const { db } = fresh();
    const checkpointer = startCheckpointer(db, { everyMs: 20, path: path() });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await expect.poll(() => db.pragma('wal_autocheckpoint', { simple: true }), { timeout: 5000, interval: 20 }).toBe(1000);
    await checkpointer.stop();
    db.close();
  });

  it('does nothing for an in-memory database', async () => {
    const db = openDatabase(':memory:');
    await startCheckpointer(db).stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
