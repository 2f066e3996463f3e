// Forwarding to an organisation's LRS (issue 13.5), against a fake LRS on loopback that fails, hangs, drops
// answers and answers 409 on purpose: every stored attempt arrives, and every id is only ever sent with one content.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { openDatabase, type DB } from '../src/server/db';
import { checkEndpoint, sameStatement } from '../src/server/lrs';
import { startFakeLrs, type FakeLrs } from './fake-lrs';
import { play } from './plays';

// Fast retries for the test; the defaults are 10 s, 2 s doubling to 10 min, 1 s.
const QUICK = { timeoutMs: 300, baseDelayMs: 20, maxDelayMs: 200, pollMs: 20 };
const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

// A real play of kosoku (the server replays every submission), a different path for each trainee.
const transcript = (n: number) => ({
  ...play('kosoku', { seed: n + 1, pick: n }),
  attemptId: crypto.randomUUID(),
  trainee: { name: `受講者 ${n}`, department: '市民課' },
  startedAt: '2026-11-23T10:00:00.000Z',
  playedSeconds: 600 + n,
});

async function start(db: DB, endpoint: string) {
  const app = buildApp({ db, homePage: 'https://www.city.example.lg.jp/', lrs: { endpoint, username: 'madoguchi', password: 'p@ss:word', ...QUICK } });
  cleanup.push(() => app.close());
  // The first start sets the password; a restart logs in with it.
  const setup = await app.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: 'kenshu-2026' } });
  const res = setup.statusCode === 200 ? setup : await app.inject({ method: 'POST', url: '/api/trainer/login', payload: { password: 'kenshu-2026' } });
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  const status = async () => (await app.inject({ url: '/api/xapi/outbox', headers: { cookie } })).json();
  return { app, status, cookie };
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function lrs(): Promise<FakeLrs> {
  const l = await startFakeLrs();
  cleanup.push(() => l.close());
  return l;
}

/** Each id was only ever sent with the content stored for it, and the LRS holds exactly that. */
function sentOnce(fake: FakeLrs, db: DB): void {
  const stored = new Map((db.prepare('SELECT id, statement FROM attempts').all() as { id: string; statement: string }[]).map((r) => [r.id, r.statement]));
  for (const [id, bodies] of fake.received) {
    expect(new Set(bodies), id).toEqual(new Set([stored.get(id)]));
    expect(fake.held.get(id)).toBe(stored.get(id));
  }
}

describe('forwarding statements to an LRS', () => {
  it('delivers every attempt through failures, a hang, a lost answer and a 409 for a repeat, never with different content', async () => {
    const fake = await lrs();
    fake.script.push('fail', 'hang', 'lost', 'conflict', 'fail', 'lost', 'fail');
    const db = openDatabase(':memory:');
    const { app, status } = await start(db, fake.url);
    const ids = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => (await app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: transcript(i) } })).json().id as string),
    );
    await until('the queue is empty', async () => (await status()).pending === 0);
    expect(await status()).toMatchObject({ endpoint: fake.url, pending: 0, failed: 0, sent: 12 });
    expect([...fake.held.keys()].sort()).toEqual([...ids].sort());
    sentOnce(fake, db);
    // The failures were retried: more PUTs than statements, and a statement was sent again after its answer was lost.
    expect([...fake.received.values()].flat().length).toBeGreaterThan(12);
    expect([...fake.received.values()].some((b) => b.length > 1)).toBe(true);
    expect(fake.conflicts).toBe(1); // the repeat answered 409 was read back, found the same, and counted as sent
    const put = fake.headers.find((h) => h.authorization)!;
    expect(put['x-experience-api-version']).toBe('1.0.3');
    expect(put.authorization).toBe(`Basic ${Buffer.from('madoguchi:p@ss:word').toString('base64')}`);
  });

  it('marks a statement failed when the LRS holds a different one under its id (409) or refuses it (400), and retries on request', async () => {
    const fake = await lrs();
    const db = openDatabase(':memory:');
    const { app, status, cookie } = await start(db, fake.url);
    const clash = transcript(1);
    fake.held.set(clash.attemptId, JSON.stringify({ id: clash.attemptId, actor: { objectType: 'Agent', mbox: 'mailto:someone@example.org' } }));
    expect((await app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: clash } })).statusCode).toBe(201);
    await until('the conflict is recorded', async () => (await status()).failed === 1);
    expect((await status()).lastError).toMatch(/^409: the LRS holds a different statement under the id/);
    fake.script.push('reject');
    await app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: transcript(2) } });
    await until('the refusal is recorded', async () => (await status()).failed === 2);
    expect((await status()).pending).toBe(0);
    // Nothing more is sent for them until the lead asks (the LRS side was cleaned up meanwhile).
    const puts = [...fake.received.values()].flat().length;
    await new Promise((r) => setTimeout(r, 200));
    expect([...fake.received.values()].flat().length).toBe(puts);
    fake.held.delete(clash.attemptId);
    expect((await app.inject({ method: 'POST', url: '/api/xapi/outbox/retry', headers: { cookie }, payload: {} })).json()).toEqual({ requeued: 2 });
    await until('both are sent', async () => (await status()).sent === 2);
    expect(fake.held.get(clash.attemptId)).toBe((db.prepare('SELECT statement FROM attempts WHERE id = ?').get(clash.attemptId) as { statement: string }).statement);
  });

  it('queues in the attempt\'s own transaction: an attempt whose statement cannot be queued is not stored either', async () => {
    const fake = await lrs();
    const db = openDatabase(':memory:');
    const { app, status } = await start(db, fake.url);
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON lrs_outbox BEGIN SELECT RAISE(ABORT, 'queue refused'); END");
    const res = await app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: transcript(1) } });
    expect(res.statusCode).toBe(500);
    expect(db.prepare('SELECT COUNT(*) AS n FROM attempts').get()).toEqual({ n: 0 });
    db.exec('DROP TRIGGER refuse');
    expect((await app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: transcript(2) } })).statusCode).toBe(201);
    await until('it is sent', async () => (await status()).sent === 1);
  });

  it('keeps the queue in the database: attempts stored while the LRS is away are sent after a restart', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'madoguchi-lrs-')), 'results.sqlite');
    const away = await startFakeLrs();
    const awayUrl = away.url;
    await away.close(); // nothing listens there now
    const db = openDatabase(path);
    const first = await start(db, awayUrl);
    for (let i = 0; i < 5; i++) expect((await first.app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: transcript(i) } })).statusCode).toBe(201);
    // A refused submission (a conflicting resend: the same attempt id with another real play) queues nothing:
    // the queue row shares the attempt's transaction.
    const [one] = db.prepare('SELECT transcript FROM attempts LIMIT 1').all() as { transcript: string }[];
    const stored = JSON.parse(one!.transcript);
    const changed = { ...stored, ...play('kosoku', { seed: stored.seed + 100, pick: stored.choices[0] + 1 }) };
    expect(changed.events).not.toEqual(stored.events);
    expect((await first.app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: changed } })).statusCode).toBe(409);
    await until('a delivery has failed', async () => (await first.status()).lastError !== null);
    expect(await first.status()).toMatchObject({ pending: 5, sent: 0, failed: 0, lastError: expect.stringMatching(/cannot reach the LRS/) });
    await first.app.close();
    db.close();

    const fake = await lrs();
    const again = openDatabase(path);
    cleanup.push(() => {
      again.close();
    });
    const second = await start(again, fake.url);
    await until('the queue is empty', async () => (await second.status()).pending === 0);
    expect(fake.held.size).toBe(5);
    sentOnce(fake, again);
  });
});

describe('the pieces', () => {
  it('compares statements the xAPI way: stored, authority, version and the timestamp format do not count', () => {
    const ours = JSON.stringify({ id: 'x', actor: { name: 'a' }, timestamp: '2026-11-23T10:00:00.000Z' });
    expect(sameStatement(ours, JSON.stringify({ timestamp: '2026-11-23T10:00:00+00:00', actor: { name: 'a' }, id: 'x', stored: 'now', version: '1.0.3', authority: {} }))).toBe(true);
    expect(sameStatement(ours, JSON.stringify({ id: 'x', actor: { name: 'b' }, timestamp: '2026-11-23T10:00:00.000Z' }))).toBe(false);
    expect(sameStatement(ours, 'not json')).toBe(false);
  });
  it('checks the endpoint option, naming it', () => {
    expect(checkEndpoint('https://lrs.example.lg.jp/xapi')).toBe('https://lrs.example.lg.jp/xapi/');
    expect(() => checkEndpoint('lrs.example')).toThrow(/^--lrs-endpoint: "lrs.example" is not a URL/);
    expect(() => checkEndpoint('ftp://lrs.example/')).toThrow(/must be an http or https URL/);
    expect(() => checkEndpoint('https://key:secret@lrs.example/xapi/')).toThrow(/put the credentials in --lrs-username/);
  });
});
