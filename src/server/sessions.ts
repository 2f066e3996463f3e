// Training sessions: a lead creates one and gets a short join code; trainees join with it.
import { randomInt, randomUUID } from 'node:crypto';
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
type SessionRow = Pick<TrainingSession, 'id' | 'code' | 'name' | 'date' | 'kind' | 'profile'> & { scenarios: string; content_notes: number; created_at: string };

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
  createdAt: r.created_at,
});

export type NewSession = Pick<TrainingSession, 'name' | 'date' | 'kind' | 'profile' | 'scenarios' | 'contentNotes'>;

export function createSessions(db: DB) {
  const insert = db.prepare(
    'INSERT INTO sessions (id, code, name, date, kind, profile, scenarios, content_notes, created_at) VALUES (@id, @code, @name, @date, @kind, @profile, @scenarios, @contentNotes, @createdAt)',
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

  return {
    create(s: NewSession, now = new Date()): TrainingSession {
      for (let tries = 0; ; tries++) {
        const row = { id: randomUUID(), code: newCode(), ...s, scenarios: JSON.stringify(s.scenarios), contentNotes: s.contentNotes ? 1 : 0, createdAt: now.toISOString() };
        try {
          insert.run(row);
          return fromRow({ ...row, content_notes: row.contentNotes, created_at: row.createdAt });
        } catch (e) {
          if (tries < 5 && String(e).includes('UNIQUE')) continue; // a code already in use: draw again
          throw e;
        }
      }
    },
    byCode(code: string): TrainingSession | null {
      const r = byCode.get(canonicalCode(code));
      return r ? fromRow(r) : null;
    },
    byId(id: string): TrainingSession | null {
      const r = byId.get(id);
      return r ? fromRow(r) : null;
    },
    list(): TrainingSession[] {
      return all.all().map(fromRow);
    },
    forTrainee(s: TrainingSession): SessionForTrainee {
      return { code: s.code, name: s.name, profile: s.profile, scenarios: s.scenarios, contentNotes: s.contentNotes };
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
