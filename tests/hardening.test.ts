// The results server as an attacker on the training-room LAN meets it: forged records, floods of
// logins and code guesses, closed sessions, oversized or endless input, a full disk; and what it logs.
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MAX_EVENTS, MAX_TEXT } from '../src/model/validate';
import { buildApp } from '../src/server/app';
import { openDatabase } from '../src/server/db';
import { HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, MAX_CONNECTIONS, RATE, REQUEST_TIMEOUT_MS } from '../src/server/limits';
import { createSessions, MAX_PARTICIPANTS } from '../src/server/sessions';
import { Story } from 'inkjs';
import { replay } from '../src/story/runner';
import { storyOf } from '../src/server/replay';
import { play, type Played } from './plays';

const PASSWORD = 'kenshu-2026';

/** An app on its own in-memory database, with a trainer password, whose warn-level log lines are kept. */
async function fresh(options: { staticDir?: string } = {}) {
  const logs: { level: number; msg: string; ip?: string }[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(JSON.parse(String(chunk))), done()) });
  const db = openDatabase(':memory:');
  const app = buildApp({ db, logger: { level: 'warn', stream }, ...options });
  const setup = await app.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: PASSWORD } });
  const cookie = String(setup.headers['set-cookie']).split(';')[0]!;
  return { app, db, logs, cookie };
}

const { app, cookie } = await fresh();
afterAll(() => app.close());
const post = (url: string, payload: unknown, headers: Record<string, string> = {}, remoteAddress = '192.0.2.1') =>
  app.inject({ method: 'POST', url, payload: payload as object, headers, remoteAddress });

async function newSession(scenarios = ['kosoku'], profile = 'oshu') {
  const res = await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { name: '研修', date: '2026-12-01', kind: 'onboarding', profile, scenarios, contentNotes: false } });
  return res.json() as { id: string; code: string };
}

// Every bad input tried against the API, and whether it was refused: printed at the end.
const tried: { input: string; status: number }[] = [];
afterAll(() => {
  const refused = tried.filter((t) => t.status >= 400).length;
  console.log(`bad-input table: ${tried.length} inputs tried, ${refused} refused`);
});

describe('a record proves a real play', () => {
  const real = () => ({ ...play('kosoku', { seed: 7 }), attemptId: crypto.randomUUID(), trainee: { name: '実演 太郎' } });

  it('refuses the forged one-event transcript (staff.listen, scoring 100) with a 422 naming the first event that differs', async () => {
    const forged = { ...real(), events: [{ t: 0, act: 'staff.listen', text: 'はい', chosen: true }] };
    const res = await post('/api/attempts', { transcript: forged });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatch(/^transcript\.events\[0\]: the story replayed from this seed and these choices gives \{"t":0,"act":"customer\.\w+".*, the transcript has \{"t":0,"act":"staff\.listen","text":"はい","chosen":true,"declined":\[.*\]\}; nothing was stored$/);
    expect((await app.inject({ url: '/api/attempts', headers: { cookie } })).json().total).toBe(0);
  });

  it('replays on one reused Story exactly as on a fresh one, whatever was replayed before', () => {
    const reused = new Map<string, Story>();
    for (let i = 0; i < 24; i++) {
      const scenario = ['chosha-gai', 'kosoku', 'satsuei'][i % 3]!;
      const t = play(scenario, { seed: i * 7919, pick: i });
      const story = reused.get(scenario) ?? reused.set(scenario, new Story(storyOf(scenario))).get(scenario)!;
      expect(replay(story, t.seed, t.choices).runner.events, `${scenario} seed ${t.seed}`).toEqual(replay(storyOf(scenario), t.seed, t.choices).runner.events);
    }
  });

  it('accepts a real walked path, and stores its score', async () => {
    const t = real();
    const res = await post('/api/attempts', { transcript: t });
    expect(res.statusCode).toBe(201);
    expect((await app.inject({ url: `/api/attempts/${t.attemptId}`, headers: { cookie } })).json().transcript.choices).toEqual(t.choices);
  });

  /** A seed under which the same choices tell another story (or cannot be taken). */
  const otherSeed = (t: Played) => {
    for (let seed = t.seed + 1; seed < t.seed + 200; seed++) {
      try {
        if (JSON.stringify(replay(storyOf(t.scenario), seed, t.choices).runner.events) !== JSON.stringify(t.events)) return seed;
      } catch {
        return seed;
      }
    }
    throw new Error(`${t.scenario} tells the same story under 200 seeds`);
  };
  const tampered: [string, (t: Played) => object, RegExp][] = [
    ['an event dropped from the end', (t) => ({ ...t, events: t.events.slice(0, -1) }), /^transcript\.events\[\d+\]: .* the transcript has nothing/],
    ['an event added', (t) => ({ ...t, events: [...t.events, { ...t.events.at(-1)! }] }), /^transcript\.events\[\d+\]: .* gives nothing, the transcript has/],
    ['the words of a choice changed', (t) => ({ ...t, events: t.events.map((e) => (e.chosen ? { ...e, text: '（書き換え）' } : e)) }), /^transcript\.events\[\d+\]: .*"text":"（書き換え）"/],
    ['time moved', (t) => ({ ...t, events: t.events.map((e, i) => (i === 3 ? { ...e, t: e.t + 1 } : e)) }), /^transcript\.events\[3\]:/],
    ['a violating act swapped for a good one', (t) => ({ ...t, events: t.events.map((e) => (e.act === 'staff.apologize_full' ? { ...e, act: 'staff.apologize_limited' } : e)) }), /^transcript\.events\[\d+\]:/],
    // chosha-gai varies with its seed (persona, wording, the order of demands); some paths of kosoku do not.
    ['another seed', () => ((c) => ({ ...c, seed: otherSeed(c) }))(play('chosha-gai', { seed: 1 })), /^transcript\.(events\[\d+\]|choices(\[\d+\])?):/],
    ['a choice that is not offered', (t) => ({ ...t, choices: [99, ...t.choices.slice(1)] }), /^transcript\.choices\[0\]: there is no choice 99 at decision 1/],
    ['choices that stop before the ending', (t) => ({ ...t, choices: t.choices.slice(0, 1) }), /^transcript\.choices: the story has not ended after these 1 choices/],
    ['choices beyond the ending', (t) => ({ ...t, choices: [...t.choices, 0] }), /^transcript\.choices\[\d+\]: the story ended after \d+ choices/],
  ];
  it.each(tampered)('refuses %s with a 422', async (_name, change, message) => {
    const t = { ...play('kosoku', { prefer: ['staff.apologize_full'] }), attemptId: crypto.randomUUID() };
    const res = await post('/api/attempts', { transcript: change(t) });
    tried.push({ input: _name, status: res.statusCode });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatch(message);
  });
});

describe('transcripts capped at what a real play produces', () => {
  const t = () => ({ ...play('kosoku'), attemptId: undefined });
  it.each([
    ['too many events', () => ({ ...t(), events: Array.from({ length: MAX_EVENTS + 1 }, () => ({ t: 0, act: 'customer.repeat' })) }), 400, new RegExp(`^transcript\\.events: .*${MAX_EVENTS}`)],
    ['too long a text', () => ({ ...t(), events: [{ t: 0, act: 'customer.repeat', text: 'あ'.repeat(MAX_TEXT + 1) }] }), 400, new RegExp(`^transcript\\.events\\[0\\]\\.text: .*${MAX_TEXT}`)],
    ['too many choices', () => ({ ...t(), choices: Array.from({ length: 41 }, () => 0) }), 400, /^transcript\.choices: /],
    ['a negative seed', () => ({ ...t(), seed: -1 }), 400, /^transcript\.seed: /],
    ['a fractional seed', () => ({ ...t(), seed: 1.5 }), 400, /^transcript\.seed: /],
    ['a string for the choices', () => ({ ...t(), choices: '0,1,2' }), 400, /^transcript\.choices: /],
    ['a body over the limit', () => ({ ...t(), pad: 'x'.repeat(200 * 1024) }), 413, /^body too large \(the limit is \d+ KB\)/],
  ])('refuses %s, naming the field', async (name, body, status, message) => {
    const res = await post('/api/attempts', { transcript: body() });
    tried.push({ input: name, status: res.statusCode });
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toMatch(message);
  });
});

describe('sessions: tokens, caps and closing', () => {
  it('closes a session: its code is refused for joining, progress and variants; those who joined may still send their attempt', async () => {
    const s = await newSession();
    const joined = (await post('/api/sessions/join', { code: s.code, trainee: { name: '終了 前' } })).json();
    const close = await app.inject({ method: 'POST', url: `/api/sessions/${s.id}/close`, headers: { cookie } });
    expect(close.statusCode).toBe(200);
    expect(close.json().closedAt).toMatch(/^\d{4}-/);
    for (const res of [
      await post('/api/sessions/join', { code: s.code, trainee: { name: '終了 後' } }),
      await post(`/api/sessions/${s.code}/progress`, { status: 'playing' }, { authorization: `Bearer ${joined.token}` }),
      await app.inject({ url: `/api/sessions/${s.code}/variants?name=x&scenario=kosoku` }),
    ]) {
      expect(res.statusCode).toBe(410);
      expect(res.json().error).toBe(`code: session ${s.code} is closed`);
    }
    const t = { ...play('kosoku', { seed: 3 }), session: s.code, trainee: { name: '終了 前' } };
    expect((await post('/api/attempts', { transcript: t }, { authorization: `Bearer ${joined.token}` })).statusCode).toBe(201);
  });

  it('keeps sessions and token holders in memory without serving a closed session as open', () => {
    // sessions.ts answers byCode and tokenHolder from memory once asked: closing must still be seen at once.
    const db = openDatabase(':memory:');
    const sessions = createSessions(db);
    const s = sessions.create({ name: '記憶', date: '2026-12-01', kind: 'onboarding', profile: 'oshu', scenarios: ['kosoku'], contentNotes: false });
    const first = sessions.byCode(s.code.toLowerCase());
    expect(first).toMatchObject({ id: s.id, code: s.code, closedAt: null });
    expect(sessions.byCode(s.code)).toBe(first); // kept, under its canonical code
    expect(Object.isFrozen(first) && Object.isFrozen(first!.scenarios)).toBe(true); // no caller can change what others are served
    sessions.close(s.id);
    expect(sessions.byCode(s.code)!.closedAt).toMatch(/^\d{4}-/);
    expect(sessions.byCode('ZZZ-ZZZ')).toBeNull();

    const token = sessions.issueToken(s.id, { name: '記憶 太郎', department: '市民課' });
    // A token not found is not remembered as unknown: once its row exists (issued meanwhile), it is found.
    expect(sessions.tokenHolder('later-token')).toBeNull();
    db.prepare('INSERT INTO trainee_tokens (token_hash, session_id, trainee, department, staff_id, created_at) VALUES (?, ?, ?, NULL, NULL, ?)')
      .run(createHash('sha256').update('later-token').digest('hex'), s.id, '後から 来た', '2026-12-01T09:00:00.000Z');
    expect(sessions.tokenHolder('later-token')).toEqual({ sessionId: s.id, trainee: { name: '後から 来た' } });
    const holder = sessions.tokenHolder(token);
    expect(holder).toEqual({ sessionId: s.id, trainee: { name: '記憶 太郎', department: '市民課' } });
    expect(sessions.tokenHolder(token)).toBe(holder);
    expect(Object.isFrozen(holder) && Object.isFrozen(holder!.trainee)).toBe(true);
  });

  it(`takes at most ${MAX_PARTICIPANTS} trainees into one session`, async () => {
    const s = await newSession();
    for (let i = 0; i < MAX_PARTICIPANTS; i++) {
      expect((await post('/api/sessions/join', { code: s.code, trainee: { name: `受講者${i}` } }, {}, `198.51.100.${i}`)).statusCode).toBe(200);
    }
    const res = await post('/api/sessions/join', { code: s.code, trainee: { name: 'もう一人' } }, {}, '198.51.100.250');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatch(new RegExp(`^code: session ${s.code} is full \\(${MAX_PARTICIPANTS} trainees\\)`));
    // Someone already in may join again (another PC).
    expect((await post('/api/sessions/join', { code: s.code, trainee: { name: '受講者0' } }, {}, '198.51.100.251')).statusCode).toBe(200);
  });
});

describe('floods', () => {
  it(`rate-limits session-code guessing per client address (${RATE.code} a minute)`, async () => {
    const codes = Array.from({ length: RATE.code + 1 }, (_, i) => `ZZZ${String(i).padStart(3, '2')}`);
    const statuses = [];
    for (const code of codes) statuses.push((await post('/api/sessions/join', { code, trainee: { name: 'x' } }, {}, '203.0.113.9')).statusCode);
    expect(statuses.slice(0, RATE.code).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another PC in the room is not affected.
    expect((await post('/api/sessions/join', { code: 'ZZZZZZ', trainee: { name: 'x' } }, {}, '203.0.113.10')).statusCode).toBe(404);
  });

  it(`rate-limits logins per client address (${RATE.login} a minute) and logs every refused login at warn with the address`, async () => {
    const f = await fresh();
    const statuses = [];
    for (let i = 0; i <= RATE.login; i++) statuses.push((await f.app.inject({ method: 'POST', url: '/api/trainer/login', payload: { password: 'wrong-password' }, remoteAddress: '203.0.113.77' })).statusCode);
    expect(statuses).toEqual([...Array(RATE.login).fill(401), 429]);
    const refused = f.logs.filter((l) => l.level === 40 && l.msg.includes('203.0.113.77'));
    expect(refused).toHaveLength(RATE.login + 1); // ten wrong passwords and one over the rate
    expect(refused[0]!.msg).toBe('refused login from 203.0.113.77: wrong password');
    await f.app.close();
  });

  it('checks at most two passwords at once: more logins at the same moment get a 429, and the right password still works after', async () => {
    const f = await fresh();
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => f.app.inject({ method: 'POST', url: '/api/trainer/login', payload: { password: PASSWORD }, remoteAddress: `203.0.113.${100 + i}` })));
    const codes = burst.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(2);
    expect(codes.filter((c) => c === 429)).toHaveLength(4);
    expect(f.logs.filter((l) => l.level === 40 && /refused login from 203\.0\.113\.\d+: too many logins at once/.test(l.msg))).toHaveLength(4);
    expect((await f.app.inject({ method: 'POST', url: '/api/trainer/login', payload: { password: PASSWORD }, remoteAddress: '203.0.113.99' })).statusCode).toBe(200);
    await f.app.close();
  });
});

describe('errors leave a trace', () => {
  it('logs every 5xx at warn with the request', async () => {
    const f = await fresh();
    f.db.close(); // the database is gone: every read fails
    const res = await f.app.inject({ url: '/api/sessions', headers: { cookie: f.cookie } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal error' });
    expect(f.logs.some((l) => l.level === 40 && l.msg === 'GET /api/sessions failed with 500')).toBe(true);
    await f.app.close();
  });

  it('refuses writes with a clear 507 when the disk is nearly full', async () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'madoguchi-disk-')), 'r.sqlite'));
    const full = buildApp({ db, minFreeDisk: Number.MAX_SAFE_INTEGER });
    const res = await full.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: play('kosoku') } });
    expect(res.statusCode).toBe(507);
    expect(res.json().error).toMatch(/^disk: only \d+ MB free on the server's disk \(\d+ MB needed\); nothing was stored/);
    await full.close();
    // An attempt stored before the disk filled up, sent again by an outbox, is confirmed, not refused: it is kept.
    const stored = { ...play('kosoku'), attemptId: crypto.randomUUID() };
    const roomy = buildApp({ db });
    expect((await roomy.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: stored } })).statusCode).toBe(201);
    await roomy.close();
    const later = buildApp({ db, minFreeDisk: Number.MAX_SAFE_INTEGER });
    const again = await later.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: stored } });
    expect([again.statusCode, again.json().created]).toEqual([200, false]);
    await later.close();
    db.close();
  });
});

describe('exports on a database file', () => {
  it('streams two exports and the discussion at once, each on a connection of its own, while attempts are stored', async () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'madoguchi-export-')), 'r.sqlite'));
    const files = buildApp({ db });
    const setup = await files.inject({ method: 'POST', url: '/api/trainer/setup', payload: { password: PASSWORD } });
    const headers = { cookie: String(setup.headers['set-cookie']).split(';')[0]! };
    const send = (i: number) => files.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: { ...play('kosoku', { seed: i, pick: i }), trainee: { name: `=受講者${i}` } } } });
    for (let i = 0; i < 30; i++) expect((await send(i)).statusCode).toBe(201);
    const [a, b, d, ...sent] = await Promise.all([
      files.inject({ url: '/api/export/verdicts.csv', headers }),
      files.inject({ url: '/api/export/attempts.csv', headers }),
      files.inject({ url: '/api/discussion', headers }),
      send(100),
      send(101),
    ]);
    expect([a, b, d, ...sent].map((r) => r.statusCode)).toEqual([200, 200, 200, 201, 201]);
    expect(b.body.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(1 + 30);
    expect(b.body).toContain("'=受講者0");
    expect(d.json().attempts).toBeGreaterThanOrEqual(30);
    await files.close();
    db.close();
  });
});

describe('limits and headers', () => {
  it('sets timeouts and a connection cap (the defaults are unlimited)', async () => {
    await app.ready();
    expect(app.server.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
    expect(app.server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
    expect(app.server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(app.server.maxConnections).toBe(MAX_CONNECTIONS);
  });

  it('builds pages with no inline script or style, so the strict policy holds', () => {
    for (const page of ['index.html', 'trainer.html']) {
      const html = readFileSync(join(inject('dist'), page), 'utf8');
      expect(html, page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, page).not.toMatch(/<style|\sstyle=|\son\w+=/);
    }
  });

  it('sends a strict CSP, nosniff, frame-ancestors and no referrer on every page, and no-store on the API', async () => {
    const f = await fresh({ staticDir: inject('dist') });
    for (const url of ['/', '/trainer', '/api/scenarios', '/api/sessions']) {
      const res = await f.app.inject({ url, headers: { cookie: f.cookie } });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self';");
      expect(csp, url).toContain("frame-ancestors 'self'");
      expect(csp, url).not.toContain('unsafe-inline');
      expect(csp, url).not.toContain('upgrade-insecure-requests'); // a training room is plain http
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      if (url.startsWith('/api/')) expect(res.headers['cache-control'], url).toBe('no-store');
    }
    await f.app.close();
  });
});
