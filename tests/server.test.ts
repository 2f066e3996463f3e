// The results API through Fastify's inject (no network): scoring on the server, sessions, login, exports, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { openDatabase } from '../src/server/db';
import { passed } from '../src/scoring/pass';
import { score } from '../src/scoring/score';
import { play } from './plays';
import { rightRecord, spoiledRecord } from './record-sheets';
import { statementsFor } from '../src/model/records/statements';
import { mistakesByField } from '../src/model/records/summary';

const db = openDatabase(':memory:');
const app = buildApp({ db });
let cookie = '';
afterAll(() => app.close());

// A real play that apologises in full (violating 謝罪の限定), as the game would send it.
const played = play('kosoku', { prefer: ['staff.apologize_full'] });
const apology = played.events.find((e) => e.act === 'staff.apologize_full')!.text!;
const transcript = {
  ...played,
  attemptId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  trainee: { name: '山田 花子', department: '税務課' },
  scenario: 'kosoku',
  startedAt: '2026-11-23T10:00:00.000Z',
};

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
const attemptsList = async () => (await get('/api/attempts')).json().attempts;

beforeAll(async () => {
  // inject() comes from 127.0.0.1: the first-start setup is allowed from the server PC.
  const setup = await post('/api/trainer/setup', { password: 'kenshu-2026' });
  expect(setup.statusCode).toBe(200);
  cookie = String(setup.headers['set-cookie']).split(';')[0]!;
});

describe('trainer access', () => {
  it('needs a trainer login for every route but the few a trainee uses (routes read from the app itself)', async () => {
    const fresh = buildApp({ db: openDatabase(':memory:') });
    const routes: { method: string; url: string }[] = [];
    fresh.addHook('onRoute', (r) => {
      for (const method of [r.method].flat()) if (method !== 'HEAD' && r.url.startsWith('/api/')) routes.push({ method, url: r.url });
    });
    await fresh.ready();
    const open = ['GET /api/health', 'GET /api/scenarios', 'POST /api/sessions/join', 'GET /api/sessions/:code/variants', 'POST /api/sessions/:code/progress', 'POST /api/attempts', 'GET /api/trainer/status', 'POST /api/trainer/setup', 'POST /api/trainer/login', 'POST /api/trainer/logout'];
    const guarded = routes.filter((r) => !open.includes(`${r.method} ${r.url}`));
    expect(routes.length).toBe(guarded.length + open.length); // every open route exists, so a renamed one is noticed
    expect(guarded.length).toBeGreaterThanOrEqual(11); // ten reads and exports, and closing a session
    for (const r of guarded) {
      const res = await fresh.inject({ method: r.method as 'GET', url: r.url.replace(/:\w+/g, 'x'), payload: r.method === 'POST' ? {} : undefined });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
    await fresh.close();
  });
  it('sets the password once, stores it as a scrypt hash, and logs in with an HttpOnly cookie', async () => {
    expect((await post('/api/trainer/setup', { password: 'another-one' })).statusCode).toBe(409);
    const stored = (db.prepare("SELECT value FROM settings WHERE key = 'trainer_password'").get() as { value: string }).value;
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored).not.toContain('kenshu-2026');
    expect((await post('/api/trainer/login', { password: 'wrong-password' })).statusCode).toBe(401);
    const ok = await post('/api/trainer/login', { password: 'kenshu-2026' });
    expect(ok.statusCode).toBe(200);
    expect(String(ok.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(String(ok.headers['set-cookie'])).toMatch(/SameSite=Strict/i);
  });
  it('refuses the first-start setup from another PC', async () => {
    const other = buildApp({ db: openDatabase(':memory:') });
    const res = await other.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: 'kenshu-2026' }, remoteAddress: '192.0.2.10' });
    expect(res.statusCode).toBe(403);
    await other.close();
  });
  it('logs out', async () => {
    const login = await post('/api/trainer/login', { password: 'kenshu-2026' });
    const c = String(login.headers['set-cookie']).split(';')[0]!;
    expect((await app.inject({ url: '/api/sessions', headers: { cookie: c } })).statusCode).toBe(200);
    await post('/api/trainer/logout', {}, { cookie: c });
    expect((await app.inject({ url: '/api/sessions', headers: { cookie: c } })).statusCode).toBe(401);
  });
});

describe('POST /api/attempts', () => {
  it('scores the transcript on the server', async () => {
    const res = await post('/api/attempts', { transcript });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: transcript.attemptId, score: score(transcript).score, created: true });
    expect((await get(`/api/attempts/${transcript.attemptId}`)).json().report).toEqual(score(transcript));
  });
  it('rejects a forged score with a 422 and stores nothing', async () => {
    const forged = { ...transcript, attemptId: '0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3' };
    const res = await post('/api/attempts', { transcript: forged, report: { score: 100 } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatch(/report\.score: 100 is not what this transcript scores/);
    expect(await attemptsList()).toHaveLength(1);
  });
  it('stores an attempt once: the same body again is accepted quietly, a different one is a conflict', async () => {
    expect((await post('/api/attempts', { transcript })).statusCode).toBe(200);
    const res = await post('/api/attempts', { transcript: { ...transcript, ...play('kosoku', { pick: 1 }) } });
    expect(res.statusCode).toBe(409);
    expect(await attemptsList()).toHaveLength(1);
  });
  it('lists attempts with trainee, department, scenario, date, score and verdicts', async () => {
    const [a] = await attemptsList();
    expect(a).toMatchObject({ id: transcript.attemptId, trainee: '山田 花子', department: '税務課', scenario: 'kosoku', profile: 'oshu', session: null });
    expect(a.principles.find((p: { id: string }) => p.id === 'limited_apology').verdict).toBe('violated');
    // The list carries the principles the attempt was judged on.
    expect(a.principles.map((p: { id: string }) => p.id).sort()).toEqual(score(transcript).principles.filter((p) => p.verdict !== 'not_applicable').map((p) => p.id).sort());
    expect(Date.parse(a.createdAt)).not.toBeNaN();
  });
  it.each([
    ['not an object', 'null', /body must be/],
    ['an unknown act', { transcript: { ...transcript, attemptId: undefined, events: [{ t: 0, act: 'customer.dance' }] } }, /events\[0\]\.act: unknown act "customer.dance"/],
    ['no seed', { transcript: { ...transcript, attemptId: undefined, seed: undefined } }, /transcript\.seed: required/],
    ['no choices', { transcript: { ...transcript, attemptId: undefined, choices: undefined } }, /transcript\.choices: required/],
    ['no scenario', { transcript: { ...transcript, attemptId: undefined, scenario: undefined } }, /transcript\.scenario: required/],
    ['the wrong channel', { transcript: { ...transcript, attemptId: undefined, channel: 'phone' } }, /transcript\.channel: scenario "kosoku" is played at the counter/],
    ['another profile outside a session', { transcript: { ...transcript, attemptId: undefined, profile: 'nanyo' } }, /transcript\.profile: scenario "kosoku" uses the profile "oshu"/],
    ['time going backwards', { transcript: { ...transcript, attemptId: undefined, events: [{ t: 60, act: 'customer.complaint' }, { t: 0, act: 'staff.listen' }] } }, /events\[1\]\.t: time goes backwards/],
    ['an unknown profile', { transcript: { ...transcript, attemptId: undefined, profile: 'tokyo' } }, /profile: unknown profile "tokyo"/],
    ['an unknown scenario', { transcript: { ...transcript, attemptId: undefined, scenario: 'nope' } }, /scenario: unknown scenario "nope"/],
    ['an unknown session', { transcript: { ...transcript, attemptId: undefined, session: 'ZZZZZZ' } }, /session: no training session has the code "ZZZZZZ"/],
    ['malformed JSON', '{"transcript": ', /JSON/i],
  ])('rejects %s with a 400 naming the field, and stores nothing', async (_name, payload, message) => {
    const res = typeof payload === 'string' ? await app.inject({ method: 'POST', url: '/api/attempts', payload, headers: { 'content-type': 'application/json' } }) : await post('/api/attempts', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(message);
    expect(await attemptsList()).toHaveLength(1);
  });
  it('rejects an oversized body with a 413', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/attempts', payload: `{"transcript": "${'x'.repeat(300 * 1024)}"}`, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatch(/body too large/);
  });
});

describe('training sessions', () => {
  let session: { id: string; code: string };
  it('lets a lead create a session and get a short join code', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { name: '新任職員研修 第1回', date: '2026-04-03', kind: 'onboarding', profile: 'nanyo', scenarios: ['kosoku'], contentNotes: true } });
    expect(res.statusCode).toBe(201);
    session = res.json();
    expect(session.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  });
  it('rejects a session with an unknown scenario or profile, naming the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { name: 'x', date: '2026-04-03', kind: 'onboarding', profile: 'nanyo', scenarios: ['nope'], contentNotes: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/scenarios\.0: unknown scenario "nope"/);
  });
  let token = '';
  const bearer = () => ({ authorization: `Bearer ${token}` });
  it('lets a trainee join with the code (in any case), see only the session settings and get a token of their own', async () => {
    const res = await post('/api/sessions/join', { code: session.code.toLowerCase(), trainee: { name: '佐藤 一郎', department: '市民課' } });
    expect(res.statusCode).toBe(200);
    const { token: given, ...settings } = res.json();
    expect(settings).toEqual({ code: session.code, name: '新任職員研修 第1回', profile: 'nanyo', scenarios: ['kosoku'], contentNotes: true, recordTask: true });
    expect(given).toMatch(/^[\w-]{32}$/);
    token = given;
    expect((await post('/api/sessions/join', { code: 'ZZZZZZ', trainee: { name: 'x' } })).statusCode).toBe(404);
  });
  it('shows the lead who is playing and who finished', async () => {
    expect((await post(`/api/sessions/${session.code}/progress`, { status: 'playing', scenario: 'kosoku' }, bearer())).statusCode).toBe(200);
    let live = (await get(`/api/sessions/${session.id}`)).json();
    expect(live.participants).toEqual([expect.objectContaining({ trainee: '佐藤 一郎', department: '市民課', status: 'playing', scenario: 'kosoku', attempts: 0 })]);
    const t = { ...transcript, attemptId: undefined, session: session.code, profile: 'nanyo', trainee: { name: '佐藤 一郎', department: '市民課' } };
    expect((await post('/api/attempts', { transcript: t }, bearer())).statusCode).toBe(201);
    live = (await get(`/api/sessions/${session.id}`)).json();
    expect(live.participants[0]).toMatchObject({ status: 'finished', attempts: 1 });
  });
  it('takes progress and attempts into a session only with the token given on joining, for the trainee it was given to', async () => {
    const t = { ...transcript, attemptId: undefined, session: session.code, profile: 'nanyo', trainee: { name: '佐藤 一郎', department: '市民課' } };
    expect((await post(`/api/sessions/${session.code}/progress`, { status: 'playing' })).statusCode).toBe(401);
    expect((await post('/api/attempts', { transcript: t })).json().error).toMatch(/^token: an attempt in session \w+ needs the token/);
    expect((await post('/api/attempts', { transcript: t }, { authorization: 'Bearer forged-token-forged-token-forged' })).statusCode).toBe(401);
    const other = { ...t, trainee: { name: '別の 人', department: '市民課' } };
    expect((await post('/api/attempts', { transcript: other }, bearer())).json().error).toMatch(/^transcript\.trainee: this token was given to "佐藤 一郎"/);
  });
  it('holds a session attempt to the session profile and scenarios', async () => {
    const t = { ...transcript, attemptId: undefined, session: session.code, profile: 'oshu', trainee: { name: '佐藤 一郎', department: '市民課' } };
    expect((await post('/api/attempts', { transcript: t }, bearer())).json().error).toMatch(/profile: session .* uses the profile "nanyo"/);
  });
});

describe('statistics, filters and exports', () => {
  it('gives pass rates per principle and per scenario, worst first, with filters', async () => {
    const stats = (await get('/api/stats')).json();
    const rates = stats.principles.map((r: { passed: number; total: number }) => r.passed / r.total);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(stats.principles.find((r: { key: string }) => r.key === 'limited_apology')).toMatchObject({ passed: 0, total: 2, name: '謝罪の限定' });
    expect(stats.facets.departments).toEqual(['市民課', '税務課']);
    const filtered = (await get('/api/stats?department=%E5%B8%82%E6%B0%91%E8%AA%B2')).json();
    expect(filtered.scenarios).toEqual([expect.objectContaining({ key: 'kosoku', total: 1 })]);
    expect((await get('/api/attempts?department=%E7%A8%8E%E5%8B%99%E8%AA%B2')).json().total).toBe(1);
    expect((await get('/api/attempts?from=2099-01-01')).json().total).toBe(0);
  });
  it('gives the group discussion: the same rates as the statistics, with the words that broke each principle, under the filters', async () => {
    const all = (await get('/api/discussion')).json();
    expect(all.limit).toBe(500);
    expect(all.attempts).toBe((await get('/api/attempts')).json().total);
    const item = all.items.find((i: { id: string }) => i.id === 'limited_apology');
    expect(item).toMatchObject({ passed: 0, total: 2, broke: [{ text: apology, acts: ['staff.apologize_full'], count: 2 }] });
    expect(item.citations.length).toBeGreaterThan(0);
    const filtered = (await get('/api/discussion?department=%E5%B8%82%E6%B0%91%E8%AA%B2')).json();
    expect(filtered.attempts).toBe(1);
    expect(filtered.items.find((i: { id: string }) => i.id === 'limited_apology')).toMatchObject({ total: 1, broke: [expect.objectContaining({ count: 1 })] });
  });
  it('exports CSV for Japanese Excel: BOM, CRLF, one row per attempt and per verdict, formulas neutralised', async () => {
    const evil = { ...transcript, attemptId: undefined, trainee: { name: '=HYPERLINK("http://x")', department: '＋税務課' } }; // full-width, as a Japanese IME types it
    await post('/api/attempts', { transcript: evil });
    const res = await get('/api/export/attempts.csv');
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    const body = res.rawPayload;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 3);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("'＋税務課");
    // Japan's time as Excel reads it, and the staff ID beside the name.
    expect(lines[0]!.split(',').slice(0, 5)).toEqual(['受験ID', '日時（日本時間）', '受講者', '職員番号', '所属']);
    const first = (await attemptsList())[0] as { id: string; createdAt: string };
    const cells = lines.find((l) => l.startsWith(first.id))!.split(',');
    const jst = new Date(Date.parse(first.createdAt) + 9 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);
    expect(cells[1]).toBe(jst);
    const verdicts = (await get('/api/export/verdicts.csv')).rawPayload.toString('utf8').split('\r\n').filter(Boolean);
    const ids = (await attemptsList()).map((a: { id: string }) => a.id);
    const perAttempt = await Promise.all(ids.map(async (id: string) => (await get(`/api/attempts/${id}`)).json().report.principles.length));
    expect(verdicts.length).toBe(1 + perAttempt.reduce((x: number, y: number) => x + y, 0));
  });
  it('keeps every attempt as an xAPI statement with the attempt as registration', async () => {
    const { statements, more } = (await get('/api/xapi/statements')).json();
    expect(more).toBe('');
    const s = statements.find((x: { id: string }) => x.id === transcript.attemptId);
    expect(s).toMatchObject({
      actor: { objectType: 'Agent', name: '山田 花子' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      object: { id: 'urn:madoguchi:scenario:kosoku' },
      result: { completion: true, success: passed(score(transcript)), score: { raw: score(transcript).score, min: 0, max: 100 } },
      context: { registration: transcript.attemptId },
      timestamp: transcript.startedAt,
    });
    const inSession = statements.find((x: { context: { contextActivities?: unknown } }) => x.context.contextActivities);
    expect(inSession.context.contextActivities.grouping[0].id).toMatch(/^urn:madoguchi:session:/);
  });
  it('pages the xAPI statements, each page naming the next', async () => {
    const all = (await get('/api/xapi/statements')).json().statements.map((s: { id: string }) => s.id);
    const seen: string[] = [];
    let url = '/api/xapi/statements?limit=2';
    while (url) {
      const page = (await get(url)).json();
      expect(page.statements.length).toBeLessThanOrEqual(2);
      seen.push(...page.statements.map((s: { id: string }) => s.id));
      url = page.more;
    }
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(2);
  });
  it('returns an attempt in full for the replay view', async () => {
    const a = (await get(`/api/attempts/${transcript.attemptId}`)).json();
    expect(a.transcript.events).toHaveLength(transcript.events.length);
    expect(a.report.timeline).toBeDefined();
    expect((await get('/api/attempts/nope')).statusCode).toBe(404);
  });
});

describe('GET /api/sessions/:code/variants', () => {
  it("gives a session's trainee the distinct seeds of their own earlier attempts at that scenario, newest first, and nothing without a code", async () => {
    const session = (await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { name: 'フォローアップ', date: '2027-11-23', kind: 'refresher', profile: 'oshu', scenarios: ['chosha-gai'], contentNotes: true } })).json();
    const mine = (seed: number, scenario: string, trainee = { name: '変化 確認', department: '道路課' }, startedAt = '2026-11-23T10:00:00.000Z') => ({ ...play(scenario, { seed }), attemptId: crypto.randomUUID(), trainee, startedAt });
    const earlier = [mine(11, 'chosha-gai'), mine(22, 'chosha-gai'), mine(11, 'chosha-gai'), mine(33, 'kosoku'), mine(44, 'chosha-gai', { name: '変化 確認', department: '税務課' }), mine(55, 'chosha-gai', { name: '別の人', department: '道路課' })];
    for (const t of earlier) {
      expect((await post('/api/attempts', { transcript: t })).statusCode).toBe(201);
      await new Promise((r) => setTimeout(r, 5)); // distinct stored times, so "newest first" is decided
    }
    const ask = (code: string, q: string) => app.inject({ method: 'GET', url: `/api/sessions/${code}/variants?${q}` });
    const res = await ask(session.code, `name=${encodeURIComponent('変化 確認')}&department=${encodeURIComponent('道路課')}&scenario=chosha-gai`);
    expect(res.statusCode).toBe(200);
    expect(res.json().seen).toEqual([11, 22]); // 11 again last: once, newest first
    expect((await ask('ZZZZZZ', 'name=x&scenario=kosoku')).statusCode).toBe(404);
    expect((await ask(session.code, 'name=x&scenario=nope')).json().error).toMatch(/^scenario: unknown scenario "nope"/);
    expect((await ask(session.code, 'scenario=kosoku')).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/variants?trainee=x&scenario=kosoku' })).statusCode).toBe(404);
  });
});

describe('the record sheet (issue 11)', () => {
  // A self-study play of kosoku (奥州市: the 発生連絡票) with who was drawn, as the game sends it.
  const seen = play('kosoku', { seed: 4, withCast: true });
  const withRecord = <R extends object>(record: R, extra: object = {}) => ({ ...seen, attemptId: crypto.randomUUID(), trainee: { name: '記録 次郎', department: '福祉課' }, record, ...extra });
  const right = rightRecord(seen);
  const offered = statementsFor(seen);

  it('takes the record task switch on a session (default on) and tells a joining trainee', async () => {
    const make = async (recordTask?: boolean) =>
      (await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { name: '短い研修', date: '2026-12-01', kind: 'other', profile: 'oshu', scenarios: ['kosoku'], contentNotes: true, ...(recordTask === undefined ? {} : { recordTask }) } })).json();
    const off = await make(false);
    expect(off.recordTask).toBe(false);
    expect((await get(`/api/sessions/${off.id}`)).json().session.recordTask).toBe(false);
    const joined = await post('/api/sessions/join', { code: off.code, trainee: { name: '記録 次郎', department: '福祉課' } });
    expect(joined.json()).toMatchObject({ code: off.code, recordTask: false });
    expect((await post('/api/sessions/join', { code: (await make()).code, trainee: { name: '記録 次郎' } })).json().recordTask).toBe(true);
    const bad = await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { name: 'x', date: '2026-12-01', kind: 'other', profile: 'oshu', scenarios: ['kosoku'], contentNotes: true, recordTask: 'no' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^recordTask:/);
    // An attempt into the session without a record: the trainer sees the task was off, the CSV says 対象外.
    const t = { ...seen, attemptId: crypto.randomUUID(), session: off.code, trainee: { name: '記録 次郎', department: '福祉課' } };
    expect((await post('/api/attempts', { transcript: t }, { authorization: `Bearer ${joined.json().token}` })).statusCode).toBe(201);
    expect((await get(`/api/attempts/${t.attemptId}`)).json().session).toMatchObject({ id: off.id, recordTask: false });
  });

  it.each([
    ['an unknown field', { ...right, mood: 'angry' }, /^transcript\.record: Unrecognized key: "mood"/],
    ['an unknown field inside 相手の情報', { ...right, citizen: { gender: 'man', height: 180 } }, /^transcript\.record\.citizen: Unrecognized key: "height"/],
    ['a malformed time', { ...right, start: '9:05' }, /^transcript\.record\.start: must be a time HH:MM/],
    ['a time that is no time', { ...right, end: '24:10' }, /^transcript\.record\.end: must be a time HH:MM/],
    ['a time far outside the encounter', { ...right, end: '18:30' }, /^transcript\.record\.end: 18:30 is outside the encounter/],
    ['another version', { ...right, version: 2 }, /^transcript\.record\.version: must be 1, got 2/],
    ['an unknown form', { ...right, form: 'kyoto' }, /^transcript\.record\.form: unknown form "kyoto"/],
    ['a statement never offered', { ...right, statements: [...right.statements!.slice(0, 2), { id: 's99', said: true }] }, /^transcript\.record\.statements\[2\]: "s99" was never offered/],
    ['an event never offered in the 時系列', { ...right, timeline: ['e999'] }, /^transcript\.record\.timeline\[0\]: "e999" was never offered/],
    ['a wording never offered', { ...right, wording: [{ id: 'w999', choice: 'fact' }] }, /^transcript\.record\.wording\[0\]: "w999" was never offered/],
    ['a checklist item the form does not have', { ...right, form: 'nanyo-sheet', checklist: [5, 18] }, /^transcript\.record\.checklist\[1\]: "18" was never offered/],
  ])('refuses a record with %s: 400 naming the field, nothing stored', async (_what, record, message) => {
    const before = (await get('/api/attempts')).json().total;
    const res = await post('/api/attempts', { transcript: withRecord(record) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(message);
    expect((await get('/api/attempts')).json().total).toBe(before);
  });

  it('stores a written record graded per field, and a skipped one as not done; the CSV says which', async () => {
    expect(offered.some((s) => !s.said)).toBe(true);
    const written = withRecord(spoiledRecord(seen));
    const skipped = withRecord({ version: 1, form: 'oshu-renrakuhyo', skipped: true });
    for (const t of [written, skipped]) expect((await post('/api/attempts', { transcript: t })).statusCode).toBe(201);
    const a = (await get(`/api/attempts/${written.attemptId}`)).json();
    expect(a.transcript.record.future).toBe(written.record.future);
    expect(a.report.principles.find((p: { id: string }) => p.id === 'record_sheet')).toMatchObject({ verdict: 'violated', details: expect.arrayContaining([expect.stringMatching(/^終了時刻が12分ずれています/)]) });
    const s = (await get(`/api/attempts/${skipped.attemptId}`)).json();
    expect(s.report.incomplete).toEqual(['record_sheet']);
    expect(s.passed).toBe(false);
    const csv = (await get('/api/export/attempts.csv')).rawPayload.toString('utf8').split('\r\n');
    expect(csv[0]).toMatch(/,記録シート,記録の誤り件数$/);
    const row = (id: string) => csv.find((l) => l.startsWith(id))!;
    const m = mistakesByField(written)!;
    expect(row(written.attemptId)).toMatch(new RegExp(`,記入,${Object.values(m).reduce((x, y) => x + y, 0)}$`));
    expect(row(skipped.attemptId)).toMatch(/,未記入,$/);
    expect(row(transcript.attemptId)).toMatch(/,,$/); // before the record sheet: neither
    expect(csv.filter((l) => /,対象外,$/.test(l))).toHaveLength(1);
  });
});
