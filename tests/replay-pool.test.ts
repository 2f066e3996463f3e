// The replay workers (src/server/replay-pool.ts) when things go wrong: a worker that dies mid-job, a queue
// that is full, a replay that never ends. The 422s for forged transcripts are in hardening.test.ts.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../src/server/app';
import { openDatabase } from '../src/server/db';
import { createReplayPool } from '../src/server/replay-pool';
import { CRASH, HANG } from './fixtures/failing-replay-worker';
import { play } from './plays';

const FAILING = new URL('./fixtures/failing-replay-worker.ts', import.meta.url);
// Each test starts worker threads, which load their modules through tsx: seconds on a busy machine.
const SLOW = 60_000;
const closing: { close(): Promise<unknown> }[] = [];
afterAll(() => Promise.all(closing.map((c) => c.close())));

/** An app on its own in-memory database whose warn-level log lines are kept. */
function fresh(replay: AppOptions['replay']) {
  const logs: { msg: string; level: number }[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(JSON.parse(String(chunk))), done()) });
  const app = buildApp({ db: openDatabase(':memory:'), logger: { level: 'warn', stream }, replay });
  closing.push(app);
  const submit = (name: string, seed = 1) =>
    app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: { ...play('kosoku', { seed }), attemptId: crypto.randomUUID(), trainee: { name } } } });
  return { app, logs, submit };
}

describe('replay workers', () => {
  it('answers 500 (logged, nothing stored) when the worker dies during a submission, and stores the next one on a new worker', async () => {
    const { app, logs, submit } = fresh({ size: 1, script: FAILING });
    const died = await submit('落ちる 人', CRASH);
    expect(died.statusCode).toBe(500);
    expect(died.json().error).toMatch(/^the server could not check this attempt \(its replay stopped: exit code 70\); nothing was stored/);
    expect(logs.some((l) => l.level === 40 && /^replay worker stopped \(exit code 70\) while checking an attempt at kosoku/.test(l.msg))).toBe(true);
    expect(logs.some((l) => l.level === 40 && l.msg === 'POST /api/attempts failed with 500')).toBe(true);

    const next = await submit('次の 人');
    expect(next.statusCode).toBe(201);
    const setup = await app.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: 'kenshu-2026' } });
    const cookie = String(setup.headers['set-cookie']).split(';')[0]!;
    const list = (await app.inject({ url: '/api/attempts', headers: { cookie } })).json();
    expect(list.attempts.map((a: { trainee: string }) => a.trainee)).toEqual(['次の 人']);
  }, SLOW);

  it('refuses a submission beyond its queue with 503, logged, and replays the ones it took', async () => {
    const { logs, submit } = fresh({ size: 1, queue: 2 });
    // Sent together: the first is being replayed, two wait, the fourth finds the queue full.
    const answers = await Promise.all([1, 2, 3, 4].map((i) => submit(`受講者${i}`, i)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 503]);
    expect(answers[3]!.json().error).toBe('the server is busy: 2 attempts are waiting to be checked; nothing was stored, and the game will send this one again shortly');
    expect(answers[3]!.headers['retry-after']).toBe('2');
    expect(logs.filter((l) => l.msg === 'POST /api/attempts failed with 503')).toHaveLength(1);
    expect((await submit('受講者5', 5)).statusCode).toBe(201); // the queue drained
  }, SLOW);

  it('stops a worker whose replay runs too long: that submission fails with a logged 500, the next is stored', async () => {
    const { logs, submit } = fresh({ size: 1, script: FAILING, jobTimeoutMs: 500 });
    const hung = await submit('止まる 人', HANG);
    expect(hung.statusCode).toBe(500);
    expect(hung.json().error).toMatch(/its replay stopped: a replay ran past 500 ms\); nothing was stored/);
    expect(logs.some((l) => /^replay worker stopped \(a replay ran past 500 ms\) while checking an attempt at kosoku/.test(l.msg))).toBe(true);
    expect((await submit('次の 人')).statusCode).toBe(201);
  }, SLOW);

  it('refuses at once once closed', async () => {
    const pool = createReplayPool({ size: 2 });
    await pool.check(play('kosoku', { seed: 3 }));
    await pool.close();
    await expect(pool.check(play('kosoku'))).rejects.toMatchObject({ statusCode: 503, message: expect.stringMatching(/^the server is stopping/) });
  }, SLOW);
});
