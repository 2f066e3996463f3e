// A play replayed in advance (src/server/replay-pool.ts `prepare`): the game reports the finished play at
// the ending, the server replays it while the record sheet is written, and the submission is only compared.
// It must never let through what a replay at submission would refuse.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../src/server/app';
import { openDatabase } from '../src/server/db';
import { createReplayPool } from '../src/server/replay-pool';
import { scoreForStore } from '../src/server/scored';
import { ONCE } from './fixtures/failing-replay-worker';
import { play } from './plays';

const FAILING = new URL('./fixtures/failing-replay-worker.ts', import.meta.url);
const SLOW = 60_000; // worker threads load their modules through tsx: seconds on a busy machine
const closing: { close(): Promise<unknown> }[] = [];
afterAll(() => Promise.all(closing.map((c) => c.close())));

/** An app with one replay worker, a trainer, a session of kosoku and a trainee who joined it. */
async function room(replay: AppOptions['replay'] = { size: 1, script: FAILING }) {
  const logs: { msg: string; level: number }[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(JSON.parse(String(chunk))), done()) });
  const app = buildApp({ db: openDatabase(':memory:'), logger: { level: 'warn', stream }, replay });
  closing.push(app);
  const setup = await app.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: 'kenshu-2026' } });
  const cookie = String(setup.headers['set-cookie']).split(';')[0]!;
  const session = (await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { name: '研修', date: '2026-12-01', kind: 'onboarding', profile: 'oshu', scenarios: ['kosoku'], contentNotes: false } })).json() as { code: string };
  const trainee = { name: '先行 花子' };
  const { token } = (await app.inject({ method: 'POST', url: '/api/sessions/join', payload: { code: session.code, trainee } })).json() as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const progress = (payload: object) => app.inject({ method: 'POST', url: `/api/sessions/${session.code}/progress`, headers: auth, payload });
  const transcript = (seed: number) => ({ ...play('kosoku', { seed }), profile: 'oshu', session: session.code, trainee, attemptId: crypto.randomUUID() });
  const submit = (t: object) => app.inject({ method: 'POST', url: '/api/attempts', headers: auth, payload: { transcript: t } });
  return { app, logs, progress, transcript, submit, code: session.code };
}

describe('a finished play replayed in advance', () => {
  it('serves its submission without a second replay (the fixture worker dies if asked twice), and without the report the same play is replayed again', async () => {
    const r = await room();
    const t = r.transcript(ONCE);
    expect((await r.progress({ status: 'playing', scenario: 'kosoku', ending: { seed: t.seed, choices: t.choices } })).statusCode).toBe(200);
    expect((await r.submit(t)).statusCode).toBe(201);
    // The same play submitted again as a new attempt, with no report before it: replayed at submission, a second time: the worker dies.
    const again = await r.submit({ ...t, attemptId: crypto.randomUUID() });
    expect(again.statusCode).toBe(500);
    expect(r.logs.some((l) => /^replay worker stopped \(exit code 71\) while checking an attempt at kosoku/.test(l.msg))).toBe(true);
  }, SLOW);

  it('still refuses a forged transcript of a prepared play with the 422 a replay at submission gives', async () => {
    const r = await room({ size: 1 });
    const t = r.transcript(11);
    const forged = { ...t, events: t.events.map((e, i) => (i === 3 ? { ...e, act: 'staff.listen' as const, text: 'はい' } : e)) };
    const fresh = await r.submit({ ...forged, attemptId: crypto.randomUUID() }); // not prepared
    expect(fresh.statusCode).toBe(422);
    await r.progress({ status: 'playing', scenario: 'kosoku', ending: { seed: t.seed, choices: t.choices } });
    const prepared = await r.submit(forged);
    expect(prepared.statusCode).toBe(422);
    expect(prepared.json().error).toBe(fresh.json().error);
    expect(prepared.json().error).toMatch(/^transcript\.events\[3\]: the story replayed from this seed and these choices gives .*; nothing was stored$/);
    // Choices the story does not offer, reported at the ending and then submitted: the same refusal as without the report.
    const badChoices = { ...t, choices: [...t.choices, 0], attemptId: crypto.randomUUID() };
    const unprepared = await r.submit(badChoices);
    await r.progress({ status: 'playing', scenario: 'kosoku', ending: { seed: t.seed, choices: badChoices.choices } });
    const after = await r.submit({ ...badChoices, attemptId: crypto.randomUUID() });
    expect([unprepared.statusCode, after.statusCode]).toEqual([422, 422]);
    expect(after.json().error).toBe(unprepared.json().error);
    expect(after.json().error).toMatch(/^transcript\.choices\[\d+\]: the story ended after \d+ choices/);
    // The real one is stored.
    expect((await r.submit(t)).statusCode).toBe(201);
  }, SLOW);

  it('refuses a report of an ending without its token, without a scenario, or of a scenario outside the session', async () => {
    const r = await room({ size: 1 });
    const ending = { seed: 1, choices: [0, 1] };
    const noToken = await r.app.inject({ method: 'POST', url: `/api/sessions/${r.code}/progress`, payload: { status: 'playing', scenario: 'kosoku', ending } });
    expect(noToken.statusCode).toBe(401);
    expect((await r.progress({ status: 'playing', ending })).json().error).toBe('scenario: required with ending (the play to replay is of a scenario)');
    expect((await r.progress({ status: 'playing', scenario: 'bogen', ending })).json().error).toBe(`scenario: "bogen" is not part of session ${r.code}`);
    expect((await r.progress({ status: 'playing', scenario: 'kosoku', ending: { seed: -1, choices: [] } })).statusCode).toBe(400);
    expect((await r.progress({ status: 'playing', scenario: 'kosoku', ending: { seed: 1, choices: [0], events: [] } })).statusCode).toBe(400);
  }, SLOW);
});

describe('the pool keeps prepared plays bounded and behind submissions', () => {
  it('forgets the oldest prepared plays beyond its bound, and a busy pool drops new ones rather than queue them', async () => {
    const pool = createReplayPool({ size: 1, prepared: 3 });
    closing.push(pool);
    const plays = [1, 2, 3, 4, 5].map((seed) => play('kosoku', { seed }));
    for (const p of plays) pool.prepare(p);
    expect(pool.preparedCount).toBe(3);
    // Every one still checks (the forgotten ones are replayed when they come).
    for (const p of plays) await pool.check(p);
    expect(pool.preparedCount).toBe(0);
  }, SLOW);

  it('is ready once its warm workers serve, and answers a busy queue with Retry-After', async () => {
    const pool = createReplayPool({ size: 1, queue: 1, warm: ['kosoku'] });
    closing.push(pool);
    await pool.ready();
    const answers = await Promise.allSettled([1, 2, 3].map((seed) => pool.check(play('kosoku', { seed }))));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((answers[2] as PromiseRejectedResult).reason).toMatchObject({ statusCode: 503, retryAfter: 2 });
  }, SLOW);

  it('scores a submission for the store as scoreForStore does, whether its worker replayed it now or it was prepared', async () => {
    const pool = createReplayPool({ size: 1 });
    closing.push(pool);
    const at = { attemptId: 'a-1', stored: '2026-12-01T09:00:00.000Z', sessionCode: 'ABC-DEF', homePage: 'http://training-room.test' };
    // Two different plays, each scored by the worker and by the main thread.
    for (const seed of [1, 4]) {
      const t = { ...play('kosoku', { seed, pick: seed }), trainee: { name: '採点 一郎', department: '市民課' }, attemptId: 'a-1' };
      const expected = scoreForStore(t, at);
      const now = await pool.score(t, at); // not prepared: the worker replays and scores it
      pool.prepare(t);
      expect(pool.preparedCount).toBe(1);
      const ahead = await pool.score(t, at); // prepared: compared and scored on the main thread
      expect(pool.preparedCount).toBe(0); // taken: it served this submission
      expect(now).toEqual(expected);
      expect(ahead).toEqual(expected);
      expect(JSON.parse(now.statement).result.score.raw).toBe(expected.score);
    }
    // A forged transcript is refused on either path, and nothing is scored.
    const t = { ...play('kosoku', { seed: 2 }), attemptId: 'a-1' };
    const forged = { ...t, events: t.events.slice(0, -1) };
    await expect(pool.score(forged, at)).rejects.toMatchObject({ statusCode: 422 });
    pool.prepare(t);
    await expect(pool.score(forged, at)).rejects.toMatchObject({ statusCode: 422 });
  }, SLOW);
});
