// The results API, through Fastify's inject (no network): it scores every transcript itself.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { openDatabase } from '../src/server/db';
import { score } from '../src/scoring/score';
import { tx } from './helpers';

const db = openDatabase(':memory:');
const app = buildApp({ db });
afterAll(() => app.close());

const transcript = {
  ...tx([[0, 'customer.complaint'], [1, 'staff.apologize_full', '「市のミスです」'], [3, 'customer.repeat'], [40, 'customer.leave']]),
  attemptId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  trainee: { name: '山田 花子', department: '税務課' },
  scenario: 'kosoku',
  startedAt: '2026-11-23T10:00:00.000Z',
};

const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/attempts', payload: payload as object });

describe('POST /api/attempts', () => {
  it('scores the transcript on the server and ignores a score sent by the browser', async () => {
    const res = await post({ transcript, report: { score: 100 }, score: 100 });
    expect(res.statusCode).toBe(201);
    expect(res.json().report).toEqual(score(transcript));
    expect(res.json().report.score).toBeLessThan(100);
  });
  it('stores an attempt once: the same body again is accepted quietly, a different one is a conflict', async () => {
    expect((await post({ transcript })).statusCode).toBe(200);
    const other = { ...transcript, events: transcript.events.slice(0, 2) };
    const res = await post({ transcript: other });
    expect(res.statusCode).toBe(409);
  });
  it('lists attempts for the trainer page with trainee, department, scenario, date, score and verdicts', async () => {
    const list = (await app.inject('/api/attempts')).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: transcript.attemptId, trainee: '山田 花子', department: '税務課', scenario: 'kosoku', profile: 'oshu' });
    expect(list[0].principles.find((p: { id: string }) => p.id === 'limited_apology').verdict).toBe('violated');
    expect(Date.parse(list[0].createdAt)).not.toBeNaN();
  });
  it.each([
    ['not an object', 'null', /body must be/],
    ['an unknown act', { transcript: { ...transcript, attemptId: undefined, events: [{ t: 0, act: 'customer.dance' }] } }, /events\[0\]\.act: unknown act "customer.dance"/],
    ['time going backwards', { transcript: { ...transcript, attemptId: undefined, events: [{ t: 60, act: 'customer.complaint' }, { t: 0, act: 'staff.listen' }] } }, /events\[1\]\.t: time goes backwards/],
    ['an unknown profile', { transcript: { ...transcript, attemptId: undefined, profile: 'tokyo' } }, /profile: unknown profile "tokyo"/],
    ['an unknown scenario', { transcript: { ...transcript, attemptId: undefined, scenario: 'nope' } }, /scenario: unknown scenario "nope"/],
  ])('rejects %s with a 400 naming the field, and stores nothing', async (_name, payload, message) => {
    const res = typeof payload === 'string' ? await app.inject({ method: 'POST', url: '/api/attempts', payload, headers: { 'content-type': 'application/json' } }) : await post(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(message);
    expect((await app.inject('/api/attempts')).json()).toHaveLength(1);
  });
  it('rejects malformed JSON with a 400', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/attempts', payload: '{"transcript": ', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
  });
});
