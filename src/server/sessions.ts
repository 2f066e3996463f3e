// Training sessions: a lead creates one and gets a short join code; trainees join with it.
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Participant, SessionForTrainee, TrainingSession } from '../model/attempt';
import { canonicalCode, identityKey, type TraineeInput } from '../model/identity';
import type { DB } from './db';

// No 0/O, 1/I/L: codes are read aloud and typed by 40 people at once.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newCode(length = 6): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

/** A session as its table holds it: scenarios as JSON, flags as integers, snake_case. */
type SessionRow = Pick<TrainingSession, 'id' | 'code' | 'name' | 'date' | 'kind' | 'profile'> & { scenarios: string; content_notes: number; record_task: number; created_at: string; closed_at: string | null };

// Field by field: a column added later must not reach the API unnoticed.
const fromRow = (r: SessionRow): TrainingSession => ({
  id: r.id,
  code: r.code,
  name: r.name,
  date: r.date,
  kind: r.kind,
  profile: r.profile,
  scenarios: JSON.parse(r.scenarios) as string[],
  contentNotes: r.content_notes === 1,
  recordTask: r.record_task !== 0,
  createdAt: r.created_at,
  closedAt: r.closed_at,
});

/** A room is about 40; three rooms joined to one code is already odd. Joins beyond this are refused. */
export const MAX_PARTICIPANTS = 120;
/** Each join issues a token (a trainee may join again from another PC): at most this many per session. */
const MAX_TOKENS = MAX_PARTICIPANTS * 5;

/** Who a trainee token was issued to. */
export interface TokenHolder {
  sessionId: string;
  /** The trainee as they joined (normalised: src/model/identity.ts). */
  trainee: TraineeInput;
}

/** Token holders and sessions kept in memory at most (a few rooms' worth many times over). */
const KEPT = 5_000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export type NewSession = Pick<TrainingSession, 'name' | 'date' | 'kind' | 'profile' | 'scenarios' | 'contentNotes'> & Partial<Pick<TrainingSession, 'recordTask'>>;

export function createSessions(db: DB) {
  const insert = db.prepare(
    'INSERT INTO sessions (id, code, name, date, kind, profile, scenarios, content_notes, record_task, created_at) VALUES (@id, @code, @name, @date, @kind, @profile, @scenarios, @contentNotes, @recordTask, @createdAt)',
  );
  const byCode = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE code = ?');
  const byId = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const all = db.prepare<[], SessionRow>('SELECT * FROM sessions ORDER BY date DESC, created_at DESC');
  const upsert = db.prepare(
    `INSERT INTO participants (session_id, identity, trainee, department, staff_id, status, scenario, joined_at, seen_at)
     VALUES (@sessionId, @identity, @trainee, @department, @staffId, @status, @scenario, @now, @now)
     ON CONFLICT (session_id, identity) DO UPDATE SET trainee = @trainee, department = coalesce(@department, department), status = @status, scenario = coalesce(@scenario, scenario), seen_at = @now`,
  );
  const people = db.prepare<
    [string],
    { identity: string; trainee: string; department: string | null; staff_id: string | null; status: Participant['status']; scenario: string | null; joined_at: string; seen_at: string; attempts: number }
  >(
    `SELECT p.*, (SELECT COUNT(*) FROM attempts a WHERE a.session_id = p.session_id AND a.identity = p.identity) AS attempts
     FROM participants p WHERE p.session_id = ? ORDER BY p.joined_at`,
  );
  const isParticipant = db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM participants WHERE session_id = ? AND identity = ?');
  const countParticipants = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM participants WHERE session_id = ?');
  const countTokens = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM trainee_tokens WHERE session_id = ?');
  const addToken = db.prepare('INSERT INTO trainee_tokens (token_hash, session_id, trainee, department, staff_id, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const findToken = db.prepare<[string], { session_id: string; trainee: string; department: string | null; staff_id: string | null }>(
    'SELECT session_id, trainee, department, staff_id FROM trainee_tokens WHERE token_hash = ?',
  );
  const closeSession = db.prepare('UPDATE sessions SET closed_at = ? WHERE id = ? AND closed_at IS NULL');
  // Every request of a room asks who its token belongs to and which session its code opens: forty at once
  // when a room submits. Both answers are kept in memory (a lookup in the database costs about 40 µs on the
  // busy event loop): a token's holder never changes, and a session changes only when closed, below,
  // which is the one writer of closed_at. Only answers found are kept (a token issued later is then found).
  const holders = new Map<string, TokenHolder>();
  const byCodeKept = new Map<string, TrainingSession>();
  const keep = <V>(map: Map<string, V>, key: string, value: V): V => {
    if (map.size >= KEPT) map.delete(map.keys().next().value!); // the oldest first
    map.set(key, value);
    return value;
  };

  return {
    create(s: NewSession, now = new Date()): TrainingSession {
      for (let tries = 0; ; tries++) {
        const row = { id: randomUUID(), code: newCode(), ...s, scenarios: JSON.stringify(s.scenarios), contentNotes: s.contentNotes ? 1 : 0, recordTask: s.recordTask === false ? 0 : 1, createdAt: now.toISOString() };
        try {
          insert.run(row);
          return fromRow({ ...row, content_notes: row.contentNotes, record_task: row.recordTask, created_at: row.createdAt, closed_at: null });
        } catch (e) {
          if (tries < 5 && String(e).includes('UNIQUE')) continue; // a code already in use: draw again
          throw e;
        }
      }
    },
    byCode(code: string): TrainingSession | null {
      const canonical = canonicalCode(code);
      const kept = byCodeKept.get(canonical);
      if (kept) return kept;
      const r = byCode.get(canonical);
      if (!r) return null;
      const session = fromRow(r);
      Object.freeze(session.scenarios);
      return keep(byCodeKept, canonical, Object.freeze(session));
    },
    byId(id: string): TrainingSession | null {
      const r = byId.get(id);
      return r ? fromRow(r) : null;
    },
    list(): TrainingSession[] {
      return all.all().map(fromRow);
    },
    forTrainee(s: TrainingSession, token?: string): SessionForTrainee {
      return { code: s.code, name: s.name, profile: s.profile, scenarios: s.scenarios, contentNotes: s.contentNotes, recordTask: s.recordTask, ...(token ? { token } : {}) };
    },
    /** Why this trainee may not join (the session is full), or null. */
    /** Why this trainee (by identity: src/model/identity.ts) may not join, or null. */
    joinProblem(s: TrainingSession, trainee: TraineeInput): string | null {
      if (isParticipant.get(s.id, identityKey(trainee))) return countTokens.get(s.id)!.n >= MAX_TOKENS ? `code: session ${s.code} has issued ${MAX_TOKENS} joins; ask the lead` : null;
      return countParticipants.get(s.id)!.n >= MAX_PARTICIPANTS ? `code: session ${s.code} is full (${MAX_PARTICIPANTS} trainees)` : null;
    },
    /** A new token for a trainee joining; only its hash is stored. */
    issueToken(sessionId: string, trainee: TraineeInput, now = new Date()): string {
      const token = randomBytes(24).toString('base64url');
      addToken.run(digest(token), sessionId, trainee.name, trainee.department ?? null, trainee.staffId ?? null, now.toISOString());
      return token;
    },
    tokenHolder(token: string): TokenHolder | null {
      const hash = digest(token);
      const kept = holders.get(hash);
      if (kept) return kept;
      const r = findToken.get(hash);
      if (!r) return null;
      const trainee = Object.freeze({ name: r.trainee, ...(r.department ? { department: r.department } : {}), ...(r.staff_id ? { staffId: r.staff_id } : {}) });
      return keep(holders, hash, Object.freeze({ sessionId: r.session_id, trainee }));
    },
    /** Closes a session: its code stops working. Closing it again changes nothing. */
    close(id: string, now = new Date()): void {
      closeSession.run(now.toISOString(), id);
      for (const [code, s] of byCodeKept) if (s.id === id) byCodeKept.delete(code);
    },
    /** Records that a trainee (normalised: src/model/identity.ts) joined, is playing a scenario, or finished one. */
    mark(sessionId: string, trainee: TraineeInput, status: Participant['status'], scenario: string | null, now = new Date()): void {
      const t = { trainee: trainee.name, department: trainee.department ?? null, staffId: trainee.staffId ?? null };
      upsert.run({ sessionId, identity: identityKey(trainee), ...t, status, scenario, now: now.toISOString() });
    },
    participants(sessionId: string): Participant[] {
      return people.all(sessionId).map((r) => ({
        identity: r.identity,
        trainee: r.trainee,
        department: r.department,
        staffId: r.staff_id,
        status: r.status,
        scenario: r.scenario,
        joinedAt: r.joined_at,
        seenAt: r.seen_at,
        attempts: r.attempts,
      }));
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
