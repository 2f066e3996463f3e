// Old attempts stay readable: a database written by the previous version (tests/fixtures/previous-version.sqlite,
// made with the code of d83cde2: see previous-version.make.txt) opens, migrates and its attempts render; an
// attempt scored under a principle or municipality since renamed or removed still opens, showing what was scored then.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { createAttempts } from '../src/server/attempts';
import { MIGRATIONS, openDatabase } from '../src/server/db';
import { RULES_VERSION } from '../src/server/reports';
import type { ProfileId } from '../src/model/transcript';
import { PROFILES } from '../src/scoring/profiles';
import { passagesFor } from '../src/scoring/score';
import type { PrincipleId } from '../src/scoring/types';
import { play } from './plays';

const path = join(mkdtempSync(join(tmpdir(), 'madoguchi-old-')), 'results.sqlite');
copyFileSync(join(import.meta.dirname, 'fixtures', 'previous-version.sqlite'), path);
const db = openDatabase(path);
const app = buildApp({ db });
afterAll(async () => {
  await app.close();
  db.close();
});
const OLD = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];

async function login(): Promise<string> {
  // The fixture has no trainer password: set one from this PC, as on first start.
  const res = await app.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: 'kenshu-2026' } });
  expect(res.statusCode).toBe(200);
  return String(res.headers['set-cookie']).split(';')[0]!;
}
const cookie = await login();
const get = (url: string) => app.inject({ url, headers: { cookie } });

describe('a database written by the previous version', () => {
  it('opens and migrates to this version, keeping its attempts, session and participants', async () => {
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const list = (await get('/api/attempts')).json();
    expect(list.attempts.map((a: { id: string }) => a.id).sort()).toEqual(OLD);
    const [session] = (await get('/api/sessions')).json();
    expect(session).toMatchObject({ name: '新任職員研修 2026', closedAt: null });
    expect((await get(`/api/sessions/${session.id}`)).json().participants).toEqual([expect.objectContaining({ trainee: '旧版 花子', status: 'finished', attempts: 1 })]);
  });

  it('renders its attempts: the replay view, the CSV exports, the group discussion and the xAPI statements', async () => {
    for (const id of OLD) {
      const a = (await get(`/api/attempts/${id}`)).json();
      expect(a.rules).toEqual({ version: null, current: false }); // scored before versions were kept
      expect(a.report.principles.length).toBeGreaterThan(5);
      // Today's passages: a principle the municipality's profile still states shows them; one its profile has since
      // dropped (南陽市 no longer states no_label since the scoring rework) opens without passages, as scored then.
      const today = PROFILES[a.report.profile as ProfileId].citations;
      for (const p of a.report.principles) expect(p.citations, p.id).toEqual(passagesFor(today[p.id as PrincipleId] ?? [], a.transcript.channel));
      expect(a.report.principles.filter((p: { citations: unknown[] }) => p.citations.length > 0).length).toBeGreaterThan(5);
    }
    const csv = (await get('/api/export/verdicts.csv')).rawPayload.toString('utf8');
    expect(csv).toContain('旧版 花子');
    expect(csv).toContain('謝罪の限定');
    const discussion = (await get('/api/discussion')).json();
    expect(discussion.attempts).toBe(2);
    expect((await get('/api/xapi/statements')).json().statements).toHaveLength(2);
  });

  it('opens an attempt scored under a principle and a municipality that no longer exist, and one whose principle was renamed, showing what was scored then', async () => {
    // As if the rules had changed since: the old attempt names a principle and a profile this program does not know.
    db.prepare(`UPDATE attempts SET report = json_set(report, '$.principles[0].id', 'retired_principle') WHERE id = ?`).run(OLD[0]);
    db.prepare(`UPDATE attempts SET report = json_set(report, '$.profile', 'kitakami') WHERE id = ?`).run(OLD[1]);
    const retired = (await get(`/api/attempts/${OLD[0]}`)).json();
    expect(retired.report.principles[0]).toMatchObject({ id: 'retired_principle', name: 'retired_principle', citations: [], feedback: '' });
    expect(retired.report.principles[1].citations.length).toBeGreaterThan(0); // the others still from today's rules
    const gone = (await get(`/api/attempts/${OLD[1]}`)).json();
    expect(gone.report.profile).toBe('kitakami');
    expect(gone.report.principles.every((p: { citations: unknown[] }) => p.citations.length === 0)).toBe(true);
    expect(gone.report.score).toBeGreaterThan(0);
    expect((await get('/api/export/verdicts.csv')).statusCode).toBe(200);
    expect((await get('/api/discussion')).statusCode).toBe(200);

    // An attempt stored by this version keeps the name its trainee saw, and the version of the rules.
    const attempts = createAttempts(db);
    const id = crypto.randomUUID();
    attempts.save({ ...play('kosoku', { prefer: ['staff.apologize_full'] }), trainee: { name: '新版 三郎' } }, id);
    expect(attempts.get(id)!.rules).toEqual({ version: RULES_VERSION, current: true });
    db.prepare(`UPDATE attempts SET report = json_set(report, '$.principles[0].name', '旧い名前') WHERE id = ?`).run(id);
    expect(attempts.get(id)!.report.principles[0]!.name).toBe('旧い名前');
  });
});
