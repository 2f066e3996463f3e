// The database writer (src/server/writer.ts): a trainee's writes run on a thread of their own with its own
// connection, in the group commit, and each is answered only once it is durable.
import Database from 'better-sqlite3';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { score } from '../src/scoring/score';
import { buildApp } from '../src/server/app';
import { ConflictError } from '../src/server/attempts';
import { JOURNAL_SIZE_LIMIT, openDatabase, type DB } from '../src/server/db';
import { HttpError } from '../src/server/routes/errors';
import { createSessions } from '../src/server/sessions';
import { createWriter, type Writer } from '../src/server/writer';
import type { Settings } from '../src/server/writer-worker';
import { DEFAULT_HOME_PAGE } from '../src/server/xapi';
import { crashMarker } from './fixtures/failing-writer';
import { play } from './plays';

const SLOW = 60_000; // worker threads load their modules through tsx: seconds on a busy machine
const XAPI = { homePage: DEFAULT_HOME_PAGE, forward: false };
const open: { close(): unknown }[] = [];
afterAll(async () => {
  for (const o of open.reverse()) await o.close();
});

function fileDb(): { db: DB; path: string; sessionId: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'madoguchi-writer-')), 'r.sqlite');
  const db = openDatabase(path);
  const s = createSessions(db).create({ name: '研修', date: '2026-12-01', kind: 'onboarding', profile: 'oshu', scenarios: ['kosoku'], contentNotes: false });
  return { db, path, sessionId: s.id };
}
const attempt = (seed: number) => ({ ...play('kosoku', { seed }), profile: 'oshu' as const, trainee: { name: '書込 太郎', department: '市民課' }, attemptId: crypto.randomUUID() });
/** What this connection itself has written (SQLite counts per connection). */
const ownChanges = (db: DB) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

async function started(db: DB, script?: URL, logs: string[] = []): Promise<Writer & { settings: Settings | null }> {
  const writer = createWriter(db, XAPI, { log: (m) => logs.push(m), ...(script ? { script } : {}) });
  open.push({ close: () => writer.close() }, db);
  return Object.assign(writer, { settings: await writer.ready() });
}

describe('the database writer thread', () => {
  it('stores on its own connection and answers only once another connection sees the commit', async () => {
    const { db, path, sessionId } = fileDb();
    const writer = await started(db);
    // A commit is durable (synchronous = FULL: better-sqlite3's own default in WAL mode is NORMAL), with the main connection's settings.
    expect(writer.settings).toEqual({ synchronous: 2, foreignKeys: 1, journalSizeLimit: JOURNAL_SIZE_LIMIT, walAutocheckpoint: (2 * JOURNAL_SIZE_LIMIT) / 4096 });
    const before = ownChanges(db);
    const reader = new Database(path, { readonly: true });
    open.push(reader);
    const t = attempt(3);
    const saved = await writer.run('attempt', { transcript: t, id: t.attemptId, sessionId });
    expect(saved).toEqual({ id: t.attemptId, score: score(t).score, created: true });
    // Committed when answered: a connection of its own sees the attempt, its verdicts and the participant.
    expect(reader.prepare('SELECT score FROM attempts WHERE id = ?').get(t.attemptId)).toEqual({ score: saved.score });
    expect((reader.prepare('SELECT COUNT(*) AS n FROM verdicts WHERE attempt_id = ?').get(t.attemptId) as { n: number }).n).toBeGreaterThan(0);
    expect(reader.prepare('SELECT status FROM participants WHERE session_id = ?').get(sessionId)).toEqual({ status: 'finished' });
    // … and not through the main connection, which wrote nothing.
    expect(ownChanges(db)).toBe(before);
  }, SLOW);

  it('takes forty writes at once in one commit, answers each, and refuses a different transcript under a stored id with a ConflictError', async () => {
    const { db, sessionId } = fileDb();
    const writer = await started(db);
    const plays = Array.from({ length: 40 }, (_, k) => attempt(k));
    const commitsBefore = writer.commits;
    const saved = await Promise.all(plays.map((t) => writer.run('attempt', { transcript: t, id: t.attemptId, sessionId })));
    expect(saved.map((s) => s.id)).toEqual(plays.map((t) => t.attemptId));
    expect(writer.commits - commitsBefore).toBe(1); // handed over in one message, committed in one transaction
    expect((db.prepare('SELECT COUNT(*) AS n FROM attempts').get() as { n: number }).n).toBe(40);
    const same = await writer.run('attempt', { transcript: plays[0]!, id: plays[0]!.attemptId, sessionId });
    expect(same.created).toBe(false);
    const other = writer.run('attempt', { transcript: plays[1]!, id: plays[0]!.attemptId, sessionId });
    await expect(other).rejects.toBeInstanceOf(ConflictError);
    await expect(other).rejects.toThrow(`attempt ${plays[0]!.attemptId} was already stored with a different transcript`);
  }, SLOW);

  it('refuses what a dead writer held with 503 and Retry-After, logs it, and starts a new writer that serves', async () => {
    const { db, path, sessionId } = fileDb();
    writeFileSync(crashMarker(path), '');
    const logs: string[] = [];
    const writer = await started(db, new URL('./fixtures/failing-writer.ts', import.meta.url), logs);
    const t = attempt(5);
    const lost = await writer.run('attempt', { transcript: t, id: t.attemptId, sessionId }).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(HttpError);
    expect(lost).toMatchObject({ statusCode: 503, retryAfter: 2 });
    expect((lost as Error).message).toMatch(/database writer stopped \(exit code 71\); what was sent may or may not be stored: send it again \(the game does\)/);
    expect(logs).toEqual([expect.stringMatching(/^database writer stopped \(exit code 71\); 1 write\(s\) refused with 503, and it is started again$/)]);
    // The game's outbox sends it again: the new writer stores it.
    expect(await writer.run('attempt', { transcript: t, id: t.attemptId, sessionId })).toMatchObject({ created: true });
  }, SLOW);

  it('answers every write it was given before it closes, and refuses writes after', async () => {
    const { db, sessionId } = fileDb();
    const writer = await started(db);
    const plays = Array.from({ length: 10 }, (_, k) => attempt(100 + k));
    const writes = plays.map((t) => writer.run('attempt', { transcript: t, id: t.attemptId, sessionId }));
    await writer.close();
    expect((await Promise.all(writes)).every((s) => s.created)).toBe(true);
    expect((db.prepare('SELECT COUNT(*) AS n FROM attempts').get() as { n: number }).n).toBe(10);
    await expect(writer.run('mark', { sessionId, trainee: { name: '遅刻 次郎' }, status: 'joined', scenario: null })).rejects.toMatchObject({ statusCode: 503 });
  }, SLOW);

  it('checkpoints on commit past its WAL limit while no checkpoint worker runs', async () => {
    const { db, path, sessionId } = fileDb(); // no startCheckpointer: as when the worker has failed
    const writer = createWriter(db, XAPI, { selfCheckpointBytes: 1024 * 1024 });
    open.push({ close: () => writer.close() }, db);
    let largest = 0;
    for (let wave = 0; wave < 8; wave++) {
      const plays = Array.from({ length: 40 }, (_, k) => attempt(wave * 40 + k));
      await Promise.all(plays.map((t) => writer.run('attempt', { transcript: t, id: t.attemptId, sessionId })));
      largest = Math.max(largest, statSync(`${path}-wal`).size);
    }
    // 320 attempts write about 5 MB of WAL; the limit plus one wave's commit is under 2.5 MB.
    expect(largest).toBeLessThan(2.5 * 1024 * 1024);
    expect((db.prepare('SELECT COUNT(*) AS n FROM attempts').get() as { n: number }).n).toBe(320);
  }, SLOW);

  it('runs the same writes on the main connection for an in-memory database', async () => {
    const db = openDatabase(':memory:');
    const sessionId = createSessions(db).create({ name: '研修', date: '2026-12-01', kind: 'onboarding', profile: 'oshu', scenarios: ['kosoku'], contentNotes: false }).id;
    const writer = createWriter(db, XAPI);
    const t = attempt(7);
    expect(await writer.run('attempt', { transcript: t, id: t.attemptId, sessionId })).toMatchObject({ created: true });
    expect(db.prepare('SELECT trainee FROM attempts').get()).toEqual({ trainee: '書込 太郎' });
  });
});

describe('a server on a database file', () => {
  it('joins, reports progress and stores through the writer thread, with a 409 for a conflicting resend', async () => {
    const { db, path } = fileDb();
    const app = buildApp({ db, replay: { size: 1, warm: ['kosoku'] } }); // as main.ts: the stories are built (and kept: story-versions.ts) at start
    open.push(app);
    await app.ready();
    const setup = await app.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: 'kenshu-2026' } });
    const cookie = String(setup.headers['set-cookie']).split(';')[0]!;
    const session = (await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { name: '研修', date: '2026-12-01', kind: 'onboarding', profile: 'oshu', scenarios: ['kosoku'], contentNotes: false } })).json() as { code: string; id: string };
    const trainee = { name: '書込 太郎', department: '市民課' };
    const mainWrites = ownChanges(db); // the trainer's setup and session were written here; the trainee's writes are not
    const joined = await app.inject({ method: 'POST', url: '/api/sessions/join', payload: { code: session.code, trainee } });
    expect(joined.statusCode).toBe(200);
    const auth = { authorization: `Bearer ${joined.json().token}` };
    const t = { ...attempt(9), session: session.code };
    expect((await app.inject({ method: 'POST', url: `/api/sessions/${session.code}/progress`, headers: auth, payload: { status: 'playing', scenario: 'kosoku', ending: { seed: t.seed, choices: t.choices } } })).statusCode).toBe(200);
    const stored = await app.inject({ method: 'POST', url: '/api/attempts', headers: auth, payload: { transcript: t } });
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toEqual({ id: t.attemptId, score: score(t).score, created: true });
    const conflicting = await app.inject({ method: 'POST', url: '/api/attempts', headers: auth, payload: { transcript: { ...attempt(10), session: session.code, attemptId: t.attemptId } } });
    expect(conflicting.statusCode).toBe(409);
    expect(conflicting.json().error).toMatch(/already stored with a different transcript/);
    const reader = new Database(path, { readonly: true });
    open.push(reader);
    expect(reader.prepare('SELECT status, scenario FROM participants').get()).toEqual({ status: 'finished', scenario: 'kosoku' });
    expect(ownChanges(db)).toBe(mainWrites);
  }, SLOW);
});
