// xAPI a real LRS accepts (issue 13.4): every stored statement passes Learning Locker's validator and our own
// strict schema; the account is the trainee's identity under a URL homePage; the grouping is the stored session
// code; result.duration is real time played; future timestamps and the nil UUID are refused. And the export.
import validate from '@learninglocker/xapi-validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDuration } from '../src/server/statement';
import { buildApp } from '../src/server/app';
import { openDatabase } from '../src/server/db';
import { createAttempts } from '../src/server/attempts';
import { checkHomePage, createXapi, lanAddresses, ownAddress } from '../src/server/xapi';
import { score } from '../src/scoring/score';
import { tx } from './helpers';
import { play } from './plays';
import { statementSchema } from './xapi-schema';
import { spoiledRecord } from './record-sheets';
import { statementsFor } from '../src/model/records/statements';

const HOME = 'https://www.city.example.lg.jp/';
const db = openDatabase(':memory:');
const app = buildApp({ db, homePage: HOME });
let cookie = '';
let code = '';
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie, ...headers } });
const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
// A real play of kosoku (the server replays every submission), with a full apology as before.
const base = play('kosoku', { seed: 3, prefer: ['staff.apologize_full'] });
const attempt = (extra: object = {}) => ({ ...base, attemptId: crypto.randomUUID(), trainee: { name: '山田 花子', department: '税務課' }, startedAt: '2026-11-23T10:00:00.000Z', ...extra });

/** Learning Locker's warnings and our schema's issues for one statement, as readable lines (none when valid). */
function problems(s: unknown): string[] {
  const ll = validate(s).map((w) => `learninglocker: ${w.path.join('.')}: ${w.constructor.name}`);
  const ours = statementSchema.safeParse(s);
  return [...ll, ...(ours.success ? [] : ours.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`))];
}

async function allStatements(): Promise<Record<string, any>[]> {
  const out = [];
  for (let url = '/api/xapi/statements?limit=3'; url; ) {
    const page = (await get(url)).json();
    out.push(...page.statements);
    url = page.more;
  }
  return out;
}

beforeAll(async () => {
  cookie = String((await post('/api/trainer/setup', { password: 'kenshu-2026' })).headers['set-cookie']).split(';')[0]!;
  code = (await post('/api/sessions', { name: '研修', date: '2026-11-23', kind: 'onboarding', profile: 'oshu', scenarios: ['kosoku'], contentNotes: true })).json().code;
  // An attempt into the session needs the token its trainee got on joining.
  const joined = await post('/api/sessions/join', { code, trainee: { name: '山田 花子', department: '税務課' } });
  expect(joined.statusCode).toBe(200);
  const bearer = { authorization: `Bearer ${joined.json().token}` };
  const sent: [object, Record<string, string>][] = [
    [attempt({ playedSeconds: 612.345 }), {}],
    [attempt({ session: ` ${code.toLowerCase()} `, playedSeconds: 480 }), bearer],
    [attempt({ trainee: { name: '佐藤 一郎', department: '福祉課', staffId: 'ａ１２３' }, playedSeconds: 300 }), {}],
    [attempt(), {}], // an older game: no real time played
  ];
  for (const [t, headers] of sent) expect((await post('/api/attempts', { transcript: t }, headers)).statusCode).toBe(201);
  // The CLI's kind (no trainee, scenario or start; a previous version stored such attempts) can no longer be
  // submitted, since the server replays every submission; it is stored directly, as such a record was.
  const stored = { ...tx([[0, 'customer.complaint'], [2, 'staff.listen']]), attemptId: crypto.randomUUID() };
  createAttempts(db, createXapi(db, { homePage: HOME, forward: false })).save(stored, stored.attemptId);
});
afterAll(() => app.close());

describe('stored statements', () => {
  it('all pass @learninglocker/xapi-validation and the strict schema', async () => {
    const statements = await allStatements();
    expect(statements).toHaveLength(5);
    for (const s of statements) expect(problems(s), s.id).toEqual([]);
  });
  it('would fail both on what the previous version stored: a URN homePage, the nil UUID, a future timestamp', async () => {
    const [good] = await allStatements();
    expect(problems({ ...good, actor: { ...good!.actor, account: { homePage: 'urn:madoguchi:staff', name: '山田 花子' } } })).toEqual([expect.stringMatching(/^schema: actor\.account\.homePage/)]);
    const nil = '00000000-0000-0000-0000-000000000000';
    expect(problems({ ...good, id: nil, context: { ...good!.context, registration: nil } }).filter((p) => p.startsWith('learninglocker'))).not.toEqual([]);
    expect(problems({ ...good, timestamp: '2999-01-01T00:00:00.000Z' })).toEqual(['schema: timestamp: in the future']);
    expect(problems({ ...good, object: { ...good!.object, id: 'urn:madoguchi:scenario:has space' } }).length).toBeGreaterThan(0);
  });
  it('names the trainee by identity under the configured homePage, and groups by the stored session code', async () => {
    const statements = await allStatements();
    expect(statements.map((s) => s.actor.account)).toEqual([
      { homePage: HOME, name: '山田 花子/税務課' },
      { homePage: HOME, name: '山田 花子/税務課' },
      { homePage: HOME, name: 'A123' },
      { homePage: HOME, name: '山田 花子/税務課' },
      { homePage: HOME, name: '(名前なし)/' },
    ]);
    const grouped = statements.filter((s) => s.context.contextActivities);
    expect(grouped.map((s) => s.context.contextActivities.grouping[0].id)).toEqual([`urn:madoguchi:session:${code}`]);
  });
  it('gives the real time played as result.duration, and the in-game time in an extension', async () => {
    const [first, , , older] = await allStatements();
    expect(first!.result.duration).toBe('PT612.35S');
    const inGame = isoDuration(score(base).timeline.encounterEnded);
    expect(first!.result.extensions['urn:madoguchi:in-game-duration']).toBe(inGame);
    expect(inGame).toBe(`PT${base.events.at(-1)!.t}S`); // the in-game clock at the play's last event, not the real time played
    expect(inGame).not.toBe(first!.result.duration);
    expect(older!.result.duration).toBeUndefined();
    // The statement's time: the play's end (start + time played).
    expect(first!.timestamp).toBe('2026-11-23T10:10:12.345Z');
  });
});

describe('refused at submission', () => {
  it.each([
    ['a start in the future', { startedAt: new Date(Date.now() + 3600_000).toISOString() }, /^transcript\.startedAt: .* is in the future/],
    ['the nil UUID as attempt id', { attemptId: '00000000-0000-0000-0000-000000000000' }, /^transcript\.attemptId: 0{8}-.* \(the nil UUID\) is not an attempt id/],
    ['the max UUID as attempt id', { attemptId: 'ffffffff-ffff-ffff-ffff-ffffffffffff' }, /^transcript\.attemptId: f{8}-.* \(the max UUID\) is not an attempt id/],
    ['a negative time played', { playedSeconds: -1 }, /^transcript\.playedSeconds:/],
    ['a time played of more than a day', { playedSeconds: 90_000 }, /^transcript\.playedSeconds:/],
    ['a time played that ends in the future', { startedAt: new Date(Date.now() - 60_000).toISOString(), playedSeconds: 3600 }, /^transcript\.playedSeconds: 3600 s from .* ends in the future/],
  ])('%s, with a 400 naming the field', async (_what, extra, message) => {
    const res = await post('/api/attempts', { transcript: attempt(extra) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(message);
  });
  it('accepts a start a little ahead of the server (a PC clock off by a minute)', async () => {
    const res = await post('/api/attempts', { transcript: attempt({ startedAt: new Date(Date.now() + 60_000).toISOString(), playedSeconds: 0 }) });
    expect(res.statusCode).toBe(201);
    const s = (await allStatements()).find((x) => x.id === res.json().id)!;
    expect(Date.parse(s.timestamp)).toBeLessThanOrEqual(Date.now()); // never after it was stored
    expect(problems(s)).toEqual([]);
  });
});

describe('GET /api/xapi/statements (an export, paged like an LRS read)', () => {
  it('answers with the xAPI version header, statements and more; pages never repeat or skip', async () => {
    const first = await get('/api/xapi/statements?limit=2');
    expect(first.headers['x-experience-api-version']).toBe('1.0.3');
    const page = first.json();
    expect(page.statements).toHaveLength(2);
    expect(page.more).toMatch(/^\/api\/xapi\/statements\?limit=2&after=/);
    const ids = (await allStatements()).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength((await get('/api/attempts')).json().total);
  });
  it('filters on the time stored with since and until, and refuses a bad one naming it', async () => {
    expect((await get('/api/xapi/statements?since=2099-01-01T00:00:00Z')).json()).toEqual({ statements: [], more: '' });
    expect((await get('/api/xapi/statements?until=2000-01-01T00:00:00Z')).json().statements).toEqual([]);
    expect((await get('/api/xapi/statements?since=2000-01-01T00:00:00Z&limit=0')).json().statements.length).toBe(6);
    const bad = await get('/api/xapi/statements?since=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/^since:/);
  });
});

describe('the homePage option', () => {
  it("defaults to the server's own address: the LAN address when serving a room", () => {
    expect(ownAddress('127.0.0.1', 8080)).toBe('http://localhost:8080/');
    expect(ownAddress('training-room.test', 8080)).toBe('http://training-room.test:8080/');
    expect(ownAddress('0.0.0.0', 8080)).toBe(`http://${lanAddresses()[0] ?? 'localhost'}:8080/`);
  });
  it('takes a URL only, naming the option', () => {
    expect(checkHomePage('https://www.city.example.lg.jp')).toBe('https://www.city.example.lg.jp/');
    expect(() => checkHomePage('urn:madoguchi:staff')).toThrow(/^--xapi-home-page: "urn:madoguchi:staff" must be an http or https URL/);
    expect(() => checkHomePage('www.city')).toThrow(/^--xapi-home-page: "www.city" is not a URL/);
  });
});

describe('the record sheet in the statement', () => {
  const room = buildApp({ db: openDatabase(':memory:'), homePage: HOME });
  afterAll(() => room.close());
  it('is not completed (nor a success) when the record was skipped, and carries the mistakes per field when written', async () => {
    const login = await room.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: 'kenshu-2026' } });
    const lead = { cookie: String(login.headers['set-cookie']).split(';')[0]! };
    // The best play there is, so that only the record decides completion and success.
    const played = play('kosoku', { seed: 3, prefer: ['staff.apologize_limited', 'staff.listen', 'staff.end_response'], withCast: true });
    const send = async (record: object) => {
      const res = await room.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: { ...played, attemptId: crypto.randomUUID(), trainee: { name: '記録 花子' }, record } } });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const skipped = await send({ version: 1, form: 'oshu-renrakuhyo', skipped: true });
    const written = await send(spoiledRecord(played));
    const statements = (await room.inject({ url: '/api/xapi/statements', headers: lead })).json().statements as Record<string, any>[];
    for (const s of statements) expect(problems(s), s.id).toEqual([]);
    const of = (id: string) => statements.find((s) => s.id === id)!;
    expect(of(skipped).result).toMatchObject({ success: false, completion: false });
    expect(of(skipped).result.extensions['urn:madoguchi:record']).toEqual({ state: 'skipped' });
    expect(of(written).result.completion).toBe(true);
    const mistakes = of(written).result.extensions['urn:madoguchi:record'].mistakes;
    // spoiledRecord: the end 12 minutes late, every statement marked said, the first fact as an impression.
    expect(mistakes.datetime).toBe(1);
    expect(mistakes.statements).toBe(statementsFor(played).filter((s) => !s.said).length);
    expect(mistakes.wording).toBe(1);
    expect(mistakes).toMatchObject({ present: 0, method: 0, citizen: 0, timeline: 0 });
    // The schema would refuse a skipped record reported as completed, or a success not completed.
    expect(problems({ ...of(skipped), result: { ...of(skipped).result, completion: true } })).toEqual(['schema: result.completion: completion does not follow the record sheet']);
    expect(problems({ ...of(skipped), result: { ...of(skipped).result, success: true } })).toEqual(['schema: result.success: an attempt not completed cannot be a success']);
  });
});
