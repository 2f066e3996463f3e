// The results database: migrations keep what earlier versions stored, and WAL checkpoints run in a
// worker thread so the commit a trainee waits for never copies pages into the database file.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, statSync, symlinkSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAttempts } from '../src/server/attempts';
import { startCheckpointer } from '../src/server/checkpoint';
import { DatabaseProblem, JOURNAL_SIZE_LIMIT, MIGRATIONS, openDatabase } from '../src/server/db';
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

  it('turns a damaged database into one line naming the file, in the library and from `npm start`', () => {
    const path = tmp();
    const db = openDatabase(path);
    const attempts = createAttempts(db);
    db.transaction(() => {
      for (let i = 0; i < 200; i++) attempts.save({ ...randomTranscript(i), scenario: 'kosoku' }, randomUUID());
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over a few pages in the middle of the file, as a failing disk might.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(3 * 4096, 0x5a), 0, 3 * 4096, 20 * 4096);
    closeSync(fd);
    expect(() => openDatabase(path)).toThrowError(DatabaseProblem);
    expect(() => openDatabase(path)).toThrowError(/the results database is (damaged|cannot be opened)/);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', '0', '--db', path], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the results database is damaged`))]);
  });

  it('names the path when the database cannot be created there', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'madoguchi-db-')), 'a-file');
    writeFileSync(file, '');
    expect(() => openDatabase(join(file, 'results.sqlite'))).toThrowError(/a-file\/results\.sqlite: the results database cannot be opened \(.*\); check the path given with --db$/);
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

  it('starts a failed worker again, and the writer stops checkpointing once it runs', async () => {
    const { db } = fresh();
    // The worker's path does not exist yet: it fails, the writer checkpoints; then the path appears.
    const dir = join(mkdtempSync(join(tmpdir(), 'madoguchi-db-')), 'later');
    const checkpointer = startCheckpointer(db, { everyMs: 20, path: join(dir, 'results.sqlite'), restartMs: 50 });
    await expect.poll(() => db.pragma('wal_autocheckpoint', { simple: true }), { timeout: 5000, interval: 20 }).toBe(1000);
    mkdirSync(dir);
    symlinkSync(db.name, join(dir, 'results.sqlite'));
    await expect.poll(() => db.pragma('wal_autocheckpoint', { simple: true }), { timeout: 10_000, interval: 20 }).toBe(0);
    await checkpointer.stop();
    db.close();
  });

  it('keeps the WAL under its limit through a sustained-write run (2,000 attempts in 100 commits)', async () => {
    // With PASSIVE checkpoints alone this run leaves a WAL of 30-40 MB (new frames arrive while each copies).
    const { path, db } = fresh();
    const checkpointer = startCheckpointer(db, { everyMs: 50, escalateBytes: 1024 * 1024 });
    const attempts = createAttempts(db);
    let largest = 0;
    for (let commit = 0; commit < 100; commit++) {
      db.transaction(() => {
        for (let i = 0; i < 20; i++) attempts.save({ ...randomTranscript(commit * 20 + i), scenario: 'kosoku' }, randomUUID());
      }).immediate();
      largest = Math.max(largest, statSync(`${path}-wal`).size);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(largest).toBeLessThan(JOURNAL_SIZE_LIMIT);
    await expect.poll(() => statSync(`${path}-wal`).size, { timeout: 5000, interval: 50 }).toBeLessThan(1024 * 1024);
    await checkpointer.stop();
    expect(attempts.list().total).toBe(2000);
    db.close();
  });

  it('does nothing for an in-memory database', async () => {
    const db = openDatabase(':memory:');
    await startCheckpointer(db).stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
