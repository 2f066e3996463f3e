// Stores attempts. The server scores every transcript itself; a score sent by the browser is ignored.
import type { AttemptSummary } from '../model/attempt';
import type { Transcript } from '../model/transcript';
import { score } from '../scoring/score';
import type { Report } from '../scoring/types';
import type { DB } from './db';

export class ConflictError extends Error {}

export function createAttempts(db: DB) {
  const insert = db.prepare(
    `INSERT INTO attempts (id, created_at, trainee, department, scenario, profile, score, transcript, report)
     VALUES (@id, @createdAt, @trainee, @department, @scenario, @profile, @score, @transcript, @report)`,
  );
  const byId = db.prepare<[string], { transcript: string; report: string }>('SELECT transcript, report FROM attempts WHERE id = ?');
  const list = db.prepare<[number], { id: string; created_at: string; trainee: string; department: string | null; scenario: string | null; profile: string; score: number; report: string }>(
    'SELECT id, created_at, trainee, department, scenario, profile, score, report FROM attempts ORDER BY created_at DESC LIMIT ?',
  );

  return {
    /** Scores and stores a transcript. The same transcript again is accepted quietly; a different one under the same id is a conflict. */
    save(transcript: Transcript, id: string, now = new Date()): { id: string; report: Report; created: boolean } {
      const body = JSON.stringify(transcript);
      const existing = byId.get(id);
      if (existing) {
        if (existing.transcript !== body) throw new ConflictError(`attempt ${id} was already stored with a different transcript`);
        return { id, report: JSON.parse(existing.report) as Report, created: false };
      }
      const report = score(transcript);
      insert.run({
        id,
        createdAt: now.toISOString(),
        trainee: transcript.trainee?.name ?? '(名前なし)',
        department: transcript.trainee?.department ?? null,
        scenario: transcript.scenario ?? null,
        profile: transcript.profile,
        score: report.score,
        transcript: body,
        report: JSON.stringify(report),
      });
      return { id, report, created: true };
    },

    list(limit = 500): AttemptSummary[] {
      return list.all(limit).map((r) => {
        const report = JSON.parse(r.report) as Report;
        return {
          id: r.id,
          createdAt: r.created_at,
          trainee: r.trainee,
          department: r.department,
          scenario: r.scenario,
          profile: r.profile,
          score: r.score,
          principles: report.principles.map((p) => ({ id: p.id, name: p.name, verdict: p.verdict })),
        };
      });
    },
  };
}
