// Every write a trainee's request makes, by name. They run on the database writer's own connection
// (src/server/writer.ts: a worker thread, so storing and syncing never holds the event loop), inside its
// group commit. Named, with plain data in and out, because a worker thread takes no closures: what a
// request writes is one of these and nothing else. The trainer's writes (sessions, password) are rare
// and stay on the main connection.
import type { Participant } from '../model/attempt';
import type { TraineeInput } from '../model/identity';
import type { Transcript } from '../model/transcript';
import { createAttempts } from './attempts';
import type { DB } from './db';
import { outboxMarks } from './lrs';
import { createSessions } from './sessions';
import { createXapi, type XapiOptions } from './xapi';

/** What an attempt's submission is answered with once it is stored. */
export interface Saved {
  id: string;
  score: number;
  created: boolean;
}

export function createWrites(db: DB, xapiOptions: XapiOptions) {
  const attempts = createAttempts(db, createXapi(db, xapiOptions));
  const sessions = createSessions(db);
  return {
    /** A trainee joins a session: a new token (returned; only its hash is stored), and the participant marked as joined. */
    join(a: { sessionId: string; trainee: TraineeInput }): string {
      const token = sessions.issueToken(a.sessionId, a.trainee);
      sessions.mark(a.sessionId, a.trainee, 'joined', null);
      return token;
    },
    /** A trainee's progress in a session. */
    mark(a: { sessionId: string; trainee: TraineeInput; status: Participant['status']; scenario: string | null }): void {
      sessions.mark(a.sessionId, a.trainee, a.status, a.scenario);
    },
    /** Scores and stores an attempt (ConflictError when its id holds another transcript); in a session the trainee has finished the scenario. */
    attempt(a: { transcript: Transcript; id: string; sessionId: string | null }): Saved {
      const saved = attempts.save(a.transcript, a.id, a.sessionId);
      if (a.sessionId && a.transcript.trainee) sessions.mark(a.sessionId, a.transcript.trainee, 'finished', a.transcript.scenario ?? null);
      return { id: saved.id, score: saved.report.score, created: saved.created };
    },
    /** What became of a batch of statements sent to the LRS (src/server/lrs.ts). */
    lrsMarks: ((marks) => (a: { marks: Parameters<typeof marks>[0]; now: string }) => marks(a.marks, a.now))(outboxMarks(db)),
  };
}

export type Writes = ReturnType<typeof createWrites>;
export type WriteName = keyof Writes;
