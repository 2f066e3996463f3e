// Attempts with record sheets in a running server, as trainees' browsers would send them: a session per form's
// municipality (real plays under the session's profile, each with a record with known mistakes), a skipped record,
// a session with the record task off and a self-study attempt from before the record sheet.
import type { ProfileId } from '../src/model/transcript';
import { play } from './plays';
import { spoiledRecord } from './record-sheets';

export const SEEDED_SCENARIO = 'kosoku';

interface Seeded {
  /** Attempt ids by what they hold. */
  ids: Record<'nanyo' | 'oshu' | 'yurihonjo' | 'sendai' | 'okayama' | 'skipped' | 'off' | 'none', string>;
  /** The session with the record task off. */
  offSession: string;
}

async function call(base: string, url: string, body: unknown, headers: Record<string, string>): Promise<any> {
  const res = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const data = await res.json();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(data)}`);
  return data;
}

export async function seedRecords(base: string, cookie: string): Promise<Seeded> {
  const trainee = { name: '記録 太郎', department: '市民課' };
  async function inSession(profile: ProfileId, record: 'spoiled' | 'skipped' | 'none', recordTask = true): Promise<{ id: string; session: string }> {
    const s = await call(base, '/api/sessions', { name: `記録の研修 ${profile}`, date: '2026-11-30', kind: 'onboarding', profile, scenarios: [SEEDED_SCENARIO], contentNotes: true, recordTask }, { cookie });
    const { token } = await call(base, '/api/sessions/join', { code: s.code, trainee }, {});
    const t = { ...play(SEEDED_SCENARIO, { seed: 2, withCast: true }), profile, trainee, session: s.code, attemptId: crypto.randomUUID(), startedAt: '2026-11-30T01:00:00.000Z' };
    const sheet = record === 'spoiled' ? spoiledRecord(t) : record === 'skipped' ? { version: 1, form: 'nanyo-sheet', skipped: true } : undefined;
    const saved = await call(base, '/api/attempts', { transcript: { ...t, ...(sheet ? { record: sheet } : {}) } }, { authorization: `Bearer ${token}` });
    return { id: saved.id, session: s.id };
  }
  const ids = {} as Seeded['ids'];
  for (const p of ['nanyo', 'oshu', 'yurihonjo', 'sendai', 'okayama'] as const) ids[p] = (await inSession(p, 'spoiled')).id;
  ids.skipped = (await inSession('nanyo', 'skipped')).id;
  const off = await inSession('nanyo', 'none', false);
  ids.off = off.id;
  const old = { ...play(SEEDED_SCENARIO, { seed: 3 }), trainee, attemptId: crypto.randomUUID() };
  ids.none = (await call(base, '/api/attempts', { transcript: old }, {})).id;
  return { ids, offSession: off.session };
}
