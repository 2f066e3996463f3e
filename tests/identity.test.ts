// One identity per trainee (issue 14.7): the pure module, the server's use of it (participants, records,
// variants, attempt ids, session codes) and the migration of a database written by the previous version.
import validate from '@learninglocker/xapi-validation';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalCode, identityKey, IdentityError, normaliseTrainee } from '../src/model/identity';
import { buildApp } from '../src/server/app';
import { MIGRATIONS, openDatabase } from '../src/server/db';
import { identityMigration } from '../src/server/migrations/identity';
import { play } from './plays';
import { statementSchema } from './xapi-schema';

const FIXTURE = fileURLToPath(new URL('./fixtures/d83cde2.db', import.meta.url));
const key = (name: string, department?: string, staffId?: string) => identityKey(normaliseTrainee({ name, department, staffId }));

describe('normaliseTrainee and identityKey', () => {
  it('collapses what looks the same: NFD and NFC, zero-width and bidi characters, control characters, any run of spaces', () => {
    const plain = key('鈴木 花子', '市民課');
    for (const variant of ['鈴木\u200b 花子', '\u202e鈴木 花子\u202c', '鈴木\u3000花子', '  鈴木 \t 花子\u00a0', '鈴木\u0000 花子\ufeff', '鈴木\u2066 花子\u2069', '鈴木\u3164 花子', '鈴木 花子\u{e0041}']) {
      expect(key(variant, '市民課'), JSON.stringify(variant)).toBe(plain);
    }
    expect(key('ヤマダ'.normalize('NFD'), '総務課')).toBe(key('ヤマダ', '総務課'));
    expect(key('ヤマダ'.normalize('NFD'), '総務課')).toBe('ヤマダ/総務課');
    expect(normaliseTrainee({ name: ' 鈴木\u200b花子 ', department: ' \u200b ' })).toEqual({ name: '鈴木花子' });
  });
  it('keeps apart what differs: the same name in two departments, a name that contains the separator', () => {
    expect(key('佐藤 一郎', '税務課')).not.toBe(key('佐藤 一郎', '福祉課'));
    expect(key('佐藤 一郎')).not.toBe(key('佐藤 一郎', '税務課'));
    expect(key('a/b', 'c')).not.toBe(key('a', 'b/c'));
    expect(key('a%2Fb', 'c')).not.toBe(key('a/b', 'c'));
  });
  it('knows a trainee by the staff ID where given (typed full width or in lower case alike), whatever the name', () => {
    expect(key('佐藤 一郎', '税務課', 'ａ１２３４５')).toBe('A12345');
    expect(key('佐藤一郎', '福祉課', ' a12345 ')).toBe('A12345');
    expect(key('A12345')).toBe('A12345/'); // a name that looks like an ID stays a name
  });
  it.each([
    ['a name of white space only', { name: ' \u3000\t' }, 'name', /empty or white space only/],
    ['a name of invisible characters only', { name: '\u200b\u200d\u202e' }, 'name', /empty or white space only/],
    ['an unpaired surrogate', { name: '佐藤\ud800一郎' }, 'name', /unpaired surrogate/],
    ['an unpaired surrogate in the department', { name: '佐藤', department: '\udc00課' }, 'department', /unpaired surrogate/],
    ['a staff ID with spaces inside', { name: '佐藤', staffId: 'A 12/3' }, 'staffId', /not a staff ID/],
    ['a name too long once cleaned', { name: 'あ'.repeat(101) }, 'name', /longer than 100/],
  ])('refuses %s, naming the field', (_what, input, field, message) => {
    const thrown = (() => {
      try {
        normaliseTrainee(input);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(IdentityError);
    expect((thrown as IdentityError).field).toBe(field);
    expect((thrown as IdentityError).message).toMatch(message);
  });
  it('writes session codes canonical', () => {
    expect(canonicalCode(' 7k3-pq9 ')).toBe('7K3PQ9');
    expect(canonicalCode('７Ｋ３ＰＱ９')).toBe('7K3PQ9');
  });
});

describe('the server keys trainees by identity', () => {
  const db = openDatabase(':memory:');
  const app = buildApp({ db });
  let cookie = '';
  let session: { id: string; code: string };
  const post = (url: string, payload: unknown, token?: string) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  /** Joins the session as this trainee (as typed) and returns the token given. */
  const joinAs = async (trainee: object) => {
    const res = await post('/api/sessions/join', { code: session.code, trainee });
    expect(res.statusCode).toBe(200);
    return res.json().token as string;
  };
  // A real play of kosoku (the server replays it) under the given seed, by this trainee, in the session.
  const attempt = (trainee: object, { seed = 7, ...extra }: { seed?: number; [field: string]: unknown } = {}) => ({
    ...play('kosoku', { seed }),
    attemptId: crypto.randomUUID(),
    trainee,
    session: session.code,
    startedAt: '2026-11-23T10:00:00.000Z',
    ...extra,
  });
  beforeAll(async () => {
    cookie = String((await post('/api/trainer/setup', { password: 'kenshu-2026' })).headers['set-cookie']).split(';')[0]!;
    session = (await post('/api/sessions', { name: '研修', date: '2026-11-23', kind: 'onboarding', profile: 'oshu', scenarios: ['kosoku'], contentNotes: true })).json();
  });
  afterAll(() => app.close());

  it('gives two 佐藤 一郎 of different departments two participants and two printed records', async () => {
    for (const department of ['税務課', '福祉課']) {
      const token = await joinAs({ name: '佐藤 一郎', department });
      expect((await post('/api/attempts', { transcript: attempt({ name: '佐藤 一郎', department }) }, token)).statusCode).toBe(201);
    }
    const { participants } = (await get(`/api/sessions/${session.id}`)).json();
    expect(participants.map((p: { identity: string; attempts: number }) => [p.identity, p.attempts])).toEqual([
      ['佐藤 一郎/税務課', 1],
      ['佐藤 一郎/福祉課', 1],
    ]);
    // The printed 修了記録 and the history ask by identity.
    for (const identity of ['佐藤 一郎/税務課', '佐藤 一郎/福祉課']) {
      const { attempts } = (await get(`/api/attempts?trainee=${encodeURIComponent(identity)}`)).json();
      expect(attempts.map((a: { identity: string }) => a.identity)).toEqual([identity]);
    }
  });
  it('collapses a zero-width or decomposed variant into the same participant, stored as normalised', async () => {
    const token = await joinAs({ name: '鈴木花子', department: '市民課' });
    const res = await post('/api/attempts', { transcript: attempt({ name: '鈴木\u200b花子', department: '市民課\u200f' }) }, token);
    expect(res.statusCode).toBe(201);
    const stored = (await get(`/api/attempts/${res.json().id}`)).json();
    expect(stored).toMatchObject({ trainee: '鈴木花子', department: '市民課', identity: '鈴木花子/市民課' });
    expect(stored.transcript.trainee).toEqual({ name: '鈴木花子', department: '市民課' });
    const { participants } = (await get(`/api/sessions/${session.id}`)).json();
    expect(participants.filter((p: { trainee: string }) => p.trainee.startsWith('鈴木'))).toEqual([expect.objectContaining({ identity: '鈴木花子/市民課', attempts: 1 })]);
  });
  it('refuses a white-space-only name with a 400 naming the field, in joining, progress and submissions', async () => {
    const join = await post('/api/sessions/join', { code: session.code, trainee: { name: ' \u3000\u200b' } });
    expect(join.statusCode).toBe(400);
    expect(join.json().error).toBe('trainee.name: is empty or white space only');
    // Progress and submissions carry a token (of someone who joined); the name they send is still checked.
    const token = await joinAs({ name: '空白 確認' });
    const progress = await post(`/api/sessions/${session.code}/progress`, { trainee: { name: '  ' }, status: 'playing' }, token);
    expect(progress.statusCode).toBe(400);
    expect(progress.json().error).toBe('trainee.name: is empty or white space only');
    const submit = await post('/api/attempts', { transcript: attempt({ name: '\t' }) }, token);
    expect(submit.statusCode).toBe(400);
    expect(submit.json().error).toBe('transcript.trainee.name: is empty or white space only');
  });
  it('finds the variants a trainee met by identity: staff ID first, else name and department', async () => {
    const staff = { name: '高橋', department: '環境課', staffId: 'K0042' };
    const token = await joinAs(staff);
    expect((await post('/api/attempts', { transcript: attempt(staff, { seed: 1 }) }, token)).statusCode).toBe(201);
    // Renamed and moved, same staff ID typed full width: the same person.
    const q = new URLSearchParams({ name: '高橋 三郎', department: '総務課', staffId: 'ｋ００４２', scenario: 'kosoku' });
    expect((await get(`/api/sessions/${session.code.toLowerCase()}/variants?${q}`)).json().seen).toEqual([1]);
    const byName = new URLSearchParams({ name: '佐藤\u200b 一郎', department: '税務課', scenario: 'kosoku' });
    expect((await get(`/api/sessions/${session.code}/variants?${byName}`)).json().seen).toEqual([7]);
    const blank = await get(`/api/sessions/${session.code}/variants?name=%20&scenario=kosoku`);
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error).toBe('name: is empty or white space only');
  });
  it('compares attempt ids case-insensitively and stores the session code canonical', async () => {
    const token = await joinAs({ name: '大文字 確認' });
    const t = attempt({ name: '大文字 確認' }, { attemptId: 'ABCDEF01-2345-4678-9ABC-DEF012345678', session: ` ${session.code.toLowerCase()} ` });
    const first = await post('/api/attempts', { transcript: t }, token);
    expect(first.json()).toMatchObject({ id: 'abcdef01-2345-4678-9abc-def012345678', created: true });
    const again = await post('/api/attempts', { transcript: { ...t, attemptId: t.attemptId.toLowerCase() } }, token);
    expect(again.json()).toMatchObject({ id: 'abcdef01-2345-4678-9abc-def012345678', created: false });
    const stored = (await get('/api/attempts/ABCDEF01-2345-4678-9ABC-DEF012345678')).json();
    expect(stored.transcript).toMatchObject({ attemptId: 'abcdef01-2345-4678-9abc-def012345678', session: session.code });
    expect(stored.session.code).toBe(session.code);
  });
});

describe('migrating a database written by the previous version (d83cde2)', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'madoguchi-old-')), 'results.sqlite');
  copyFileSync(FIXTURE, path);
  const db = openDatabase(path);
  afterAll(() => db.close());
  const attempts = () => db.prepare('SELECT id, trainee, department, identity, transcript FROM attempts ORDER BY id').all() as { id: string; trainee: string; department: string; identity: string; transcript: string }[];

  it('keys every attempt by its normalised identity and lowers attempt ids', () => {
    const rows = attempts();
    expect(rows.every((r) => r.id === r.id.toLowerCase())).toBe(true);
    expect(new Set(rows.map((r) => r.identity))).toEqual(new Set(['佐藤 一郎/税務課', '佐藤 一郎/福祉課', '鈴木花子/市民課', 'ヤマダ/総務課', '高橋 三郎/環境課', '田中 次郎/環境課']));
    for (const r of rows) {
      const t = JSON.parse(r.transcript);
      expect(t.trainee.name).toBe(r.trainee);
      expect(t.attemptId).toBe(r.id);
      expect(t.session).toBe(canonicalCode(t.session));
      expect(t.session).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    }
  });
  it('removes the copy of an attempt stored twice under ids differing in case, and keeps two different attempts apart, noting both', () => {
    const rows = attempts();
    expect(rows.filter((r) => r.trainee === '高橋 三郎')).toHaveLength(1);
    const tanaka = rows.filter((r) => r.trainee === '田中 次郎');
    expect(tanaka).toHaveLength(2);
    expect(tanaka.map((r) => r.id)).toContain('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a06');
    const notes = (db.prepare('SELECT version, note FROM migration_notes').all() as { version: number; note: string }[]).map((n) => n.note);
    expect(notes.some((n) => /3A05: the same attempt as 6f1c.*3a05 .*the copy was removed/i.test(n))).toBe(true);
    expect(notes.some((n) => /3A06: a different attempt .* now [0-9a-f-]{36}$/i.test(n))).toBe(true);
    expect(new Set((db.prepare('SELECT version FROM migration_notes').all() as { version: number }[]).map((n) => n.version))).toEqual(new Set([MIGRATIONS.indexOf(identityMigration) + 1]));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const orphans = db.prepare('SELECT COUNT(*) AS n FROM verdicts v LEFT JOIN attempts a ON a.id = v.attempt_id WHERE a.id IS NULL').get() as { n: number };
    expect(orphans.n).toBe(0);
  });
  it('merges participants that are one person once normalised, and splits the two 佐藤 一郎 the old key had merged', () => {
    const people = db.prepare('SELECT identity, status FROM participants ORDER BY identity').all() as { identity: string }[];
    expect(people.map((p) => p.identity)).toEqual(['ヤマダ/総務課', '佐藤 一郎/福祉課', '佐藤 一郎/税務課', '田中 次郎/環境課', '鈴木花子/市民課', '高橋 三郎/環境課'].sort());
    const notes = (db.prepare('SELECT note FROM migration_notes').all() as { note: string }[]).map((n) => n.note);
    expect(notes.some((n) => n.includes('鈴木') && /merged/.test(n))).toBe(true);
  });
  it('opens in the server: the records print by identity and the statements are rebuilt', async () => {
    const app = buildApp({ db, homePage: 'https://www.city.example.lg.jp/' });
    const cookie = String((await app.inject({ method: 'POST', url: '/api/trainer/login', payload: { password: 'kenshu-2026' } })).headers['set-cookie']).split(';')[0]!;
    const list = (await app.inject({ url: `/api/attempts?trainee=${encodeURIComponent('鈴木花子/市民課')}`, headers: { cookie } })).json();
    expect(list.total).toBe(2);
    const { statements } = (await app.inject({ url: '/api/xapi/statements', headers: { cookie } })).json();
    expect(statements).toHaveLength(attempts().length);
    expect(statements.every((s: { actor: { account: { homePage: string } } }) => s.actor.account.homePage === 'https://www.city.example.lg.jp/')).toBe(true);
    for (const st of statements) {
      expect(validate(st), st.id).toEqual([]);
      expect(statementSchema.safeParse(st).error?.issues ?? [], st.id).toEqual([]);
      expect(st.context.contextActivities.grouping[0].id).toMatch(/^urn:madoguchi:session:[2-9A-HJKMNP-Z]{6}$/);
    }
    // A browser's outbox resending, after the upgrade, an attempt the old server had stored: the same attempt, not a conflict.
    const { code } = db.prepare('SELECT code FROM sessions').get() as { code: string };
    const resent = JSON.parse((db.prepare("SELECT transcript FROM attempts WHERE id LIKE '%3a02'").get() as { transcript: string }).transcript);
    const asSent = { ...resent, attemptId: resent.attemptId.toUpperCase(), trainee: { name: '鈴木\u200b花子', department: '市民課' }, session: code.toLowerCase() };
    const again = await app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: asSent } });
    expect(again.json()).toMatchObject({ created: false });
    expect(again.statusCode).toBe(200);
    await app.close();
  });
});
