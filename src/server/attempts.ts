// Stores attempts. The server scores every transcript itself; a score sent by the browser is never stored.
import type { AttemptDetail, AttemptSummary, Filters, RateRow, SessionKind } from '../model/attempt';
import { canonicalAttemptId, identityKey, NO_NAME } from '../model/identity';
import { scenarioById } from '../model/scenarios';
import type { Transcript } from '../model/transcript';
import { passed } from '../scoring/pass';
import { RULES } from '../scoring/rules';
import type { PrincipleId, Verdict } from '../scoring/types';
import type { DB } from './db';
import { where } from './filters';
import { createXapi, DEFAULT_HOME_PAGE, type Xapi } from './xapi';
import { openReport, RULES_VERSION } from './reports';
import { scoreForStore, type Scored } from './scored';
import type { StatementContext } from './statement';

export class ConflictError extends Error {}

interface Row {
  id: string;
  created_at: string;
  trainee: string;
  department: string | null;
  identity: string;
  staff_id: string | null;
  scenario: string | null;
  profile: string;
  session_id: string | null;
  s_code: string | null;
  s_name: string | null;
  s_kind: SessionKind | null;
  s_record_task: number | null;
  score: number;
  critical: number;
  incomplete: number;
}

type FullRow = Row & { transcript: string; report: string; rules_version: string | null };

const SELECT = `SELECT a.id, a.created_at, a.trainee, a.department, a.identity, a.staff_id, a.scenario, a.profile, a.session_id, a.score, a.critical, a.incomplete,
  s.code AS s_code, s.name AS s_name, s.kind AS s_kind, s.record_task AS s_record_task FROM attempts a LEFT JOIN sessions s ON s.id = a.session_id`;

const RULE_NAMES = new Map(RULES.map((r) => [r.id as string, r.name]));
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id as string, i]));

function summary(r: Row, verdicts: { principle: string; verdict: Verdict }[]): AttemptSummary {
  return {
    id: r.id,
    createdAt: r.created_at,
    trainee: r.trainee,
    department: r.department,
    identity: r.identity,
    staffId: r.staff_id,
    scenario: r.scenario,
    profile: r.profile,
    session: r.session_id ? { id: r.session_id, code: r.s_code!, name: r.s_name!, kind: r.s_kind!, recordTask: r.s_record_task !== 0 } : null,
    score: r.score,
    passed: passed(r),
    ...(r.incomplete ? { incomplete: true as const } : {}),
    principles: verdicts
      .map((v) => ({ id: v.principle as PrincipleId, name: RULE_NAMES.get(v.principle) ?? v.principle, verdict: v.verdict }))
      .sort((a, b) => (RULE_ORDER.get(a.id) ?? 99) - (RULE_ORDER.get(b.id) ?? 99)),
  };
}

const FULL = SELECT.replace('a.critical,', 'a.critical, a.report, a.transcript, a.rules_version,');

/**
 * `xapi` builds each attempt's statement and queues it for the LRS (src/server/xapi.ts).
 * `openReader`: opens a read-only connection for a long read (an export, the group discussion), which streams
 * rows with iterate() across many turns of the event loop. A connection is busy while it iterates, so each
 * such read has its own, never the writer's. An in-memory database (tests) has one connection: rows are read at once.
 */
export function createAttempts(db: DB, xapi: Xapi = createXapi(db, { homePage: DEFAULT_HOME_PAGE, forward: false }), openReader?: () => DB) {
  // The pass rule inside SQL is the same function, not a restatement of it.
  db.function('passed', { deterministic: true }, (score, critical, incomplete) => (passed({ score: Number(score), critical: Number(critical), incomplete: Number(incomplete) }) ? 1 : 0));
  const insert = db.prepare(
    `INSERT INTO attempts (id, created_at, started_at, trainee, department, identity, staff_id, scenario, profile, session_id, score, critical, incomplete, transcript, report, statement, rules_version)
     VALUES (@id, @createdAt, @startedAt, @trainee, @department, @identity, @staffId, @scenario, @profile, @sessionId, @score, @critical, @incomplete, @transcript, @report, @statement, @rulesVersion)`,
  );
  const insertVerdict = db.prepare('INSERT INTO verdicts (attempt_id, principle, verdict) VALUES (?, ?, ?)');
  const byId = db.prepare<[string], { transcript: string; score: number }>('SELECT transcript, score FROM attempts WHERE id = ?');
  const detail = db.prepare<[string], FullRow>(`${FULL} WHERE a.id = ?`);
  const seeds = db.prepare(
    `SELECT json_extract(transcript, '$.seed') AS seed, MAX(created_at) AS last FROM attempts
     WHERE identity = @identity AND scenario = @scenario AND json_extract(transcript, '$.seed') IS NOT NULL
     GROUP BY seed ORDER BY last DESC LIMIT @limit`,
  );
  const verdictsOf = db.prepare<[string], { principle: string; verdict: Verdict }>('SELECT principle, verdict FROM verdicts WHERE attempt_id = ?');
  const summarise = (r: Row) => summary(r, verdictsOf.all(r.id));
  const full = (r: FullRow, verdicts: typeof verdictsOf = verdictsOf): AttemptDetail => {
    const transcript = JSON.parse(r.transcript) as Transcript;
    return {
      ...summary(r, verdicts.all(r.id)),
      transcript,
      report: openReport(r.report, transcript.channel),
      rules: { version: r.rules_version, current: r.rules_version === RULES_VERSION },
    };
  };

  const store = db.transaction((t: Transcript, id: string, scored: Scored, sessionId: string | null, now: string) => {
    const trainee = t.trainee ?? { name: NO_NAME };
    insert.run({
      id,
      createdAt: now,
      startedAt: t.startedAt ?? null,
      trainee: trainee.name,
      department: trainee.department ?? null,
      identity: identityKey(trainee),
      staffId: trainee.staffId ?? null,
      scenario: t.scenario ?? null,
      profile: t.profile,
      sessionId,
      score: scored.score,
      critical: scored.critical ? 1 : 0,
      incomplete: scored.incomplete,
      transcript: scored.transcript,
      report: scored.report, // the passages and feedback come from the rules when read
      statement: scored.statement,
      rulesVersion: RULES_VERSION,
    });
    xapi.queue(id); // in this transaction: an attempt stored is an attempt queued for the LRS
    // Only the principles the attempt was judged on: the pass rates ignore the others, and it keeps writes small.
    for (const [principle, verdict] of scored.verdicts) insertVerdict.run(id, principle, verdict);
  });

  function saveScored(t: Transcript, id: string, sessionId: string | null, scored: Scored, now: string): { id: string; score: number; created: boolean } {
    const existing = byId.get(id);
    if (existing) {
      if (existing.transcript !== scored.transcript) throw new ConflictError(`attempt ${id} was already stored with a different transcript`);
      return { id, score: existing.score, created: false };
    }
    store(t, id, scored, sessionId, now);
    return { id, score: scored.score, created: true };
  }

  function* details(filters: Filters, order: string, extra: Record<string, number> = {}): Generator<AttemptDetail> {
    const w = where(filters);
    const params = { ...w.params, ...extra };
    if (!openReader) {
      for (const r of db.prepare(`${FULL} ${w.sql} ${order}`).all(params) as FullRow[]) yield full(r);
      return;
    }
    const reader = openReader();
    try {
      const verdicts = reader.prepare<[string], { principle: string; verdict: Verdict }>('SELECT principle, verdict FROM verdicts WHERE attempt_id = ?');
      for (const r of reader.prepare(`${FULL} ${w.sql} ${order}`).iterate(params) as Iterable<FullRow>) yield full(r, verdicts);
    } finally {
      reader.close(); // also when the reader of the generator stops early (a download cancelled)
    }
  }

  return {
    /** Scores and stores a transcript. The same transcript again is accepted quietly; a different one under the same id is a conflict. */
    save(transcript: Transcript, attemptId: string, sessionId: string | null = null, now = new Date()): { id: string; score: number; created: boolean } {
      const id = canonicalAttemptId(attemptId);
      const stored = now.toISOString();
      return saveScored(transcript, id, sessionId, scoreForStore(transcript, xapi.context(id, stored, xapi.sessionCode(sessionId))), stored);
    },

    /**
     * Stores a transcript scored already (scored.ts: the submission's replay worker does it) as save does. `scored`
     * was worked out with `context` below for this id; the row's time is taken now, so rows are stored in time order.
     */
    saveScored(transcript: Transcript, attemptId: string, sessionId: string | null, scored: Scored): { id: string; score: number; created: boolean } {
      return saveScored(transcript, canonicalAttemptId(attemptId), sessionId, scored, new Date().toISOString());
    },

    /** What the statement of an attempt received now (scored.ts) names: its id as stored, its session's code, the server's homePage. */
    context(attemptId: string, received: Date, sessionCode: string | null): StatementContext {
      return xapi.context(canonicalAttemptId(attemptId), received.toISOString(), sessionCode);
    },

    /** The attempt stored under this id, if it is this very transcript (a resend); null otherwise. */
    same(transcript: Transcript, attemptId: string): { id: string; score: number } | null {
      const id = canonicalAttemptId(attemptId);
      const existing = byId.get(id);
      return existing && existing.transcript === JSON.stringify(transcript) ? { id, score: existing.score } : null;
    },

    list(filters: Filters = {}, limit = 200, offset = 0): { total: number; attempts: AttemptSummary[] } {
      const w = where(filters);
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM attempts a ${w.sql}`).get(w.params) as { n: number }).n;
      const rows = db.prepare(`${SELECT} ${w.sql} ORDER BY a.created_at DESC LIMIT @limit OFFSET @offset`).all({ ...w.params, limit, offset }) as Row[];
      return { total, attempts: rows.map(summarise) };
    },

    /** The distinct seeds of a trainee's attempts at a scenario, newest first: the game offers a variant they have not met. */
    seedsOf(identity: string, scenario: string, limit = 10): number[] {
      return (seeds.all({ identity, scenario, limit }) as { seed: number }[]).map((r) => r.seed);
    },

    get(id: string): AttemptDetail | null {
      const r = detail.get(canonicalAttemptId(id));
      return r ? full(r) : null;
    },

    /** Pass rate per principle (upheld / applicable), worst first. */
    principleRates(filters: Filters = {}): RateRow[] {
      const w = where(filters);
      // Without filters no join is needed: one pass over the verdicts.
      const from = w.sql ? `verdicts v JOIN attempts a ON a.id = v.attempt_id ${w.sql} AND` : 'verdicts v WHERE';
      const rows = db
        .prepare(`SELECT v.principle AS key, SUM(v.verdict = 'upheld') AS passed, COUNT(*) AS total FROM ${from} v.verdict != 'not_applicable' GROUP BY v.principle`)
        .all(w.params) as { key: string; passed: number; total: number }[];
      return rows.map((r) => ({ ...r, name: RULE_NAMES.get(r.key) ?? r.key })).sort(worstFirst);
    },

    /** Pass rate per scenario (a passing score with no critical failure), worst first. */
    scenarioRates(filters: Filters = {}): RateRow[] {
      const w = where(filters);
      const rows = db
        .prepare(`SELECT a.scenario AS key, SUM(passed(a.score, a.critical, a.incomplete)) AS passed, COUNT(*) AS total FROM attempts a ${w.sql} GROUP BY a.scenario`)
        .all(w.params) as { key: string | null; passed: number; total: number }[];
      return rows.map((r) => ({ key: r.key ?? '', name: scenarioById(r.key ?? '')?.title ?? r.key ?? '(不明)', passed: r.passed, total: r.total })).sort(worstFirst);
    },

    /** Distinct values for the filter menus. */
    facets(): { departments: string[]; trainees: string[] } {
      const col = (c: string) => (db.prepare(`SELECT DISTINCT ${c} AS v FROM attempts WHERE ${c} IS NOT NULL ORDER BY ${c}`).all() as { v: string }[]).map((r) => r.v);
      return { departments: col('department'), trainees: col('trainee') };
    },

    /** Every attempt with its report, oldest first, for the CSV export. */
    forExport(filters: Filters = {}): Generator<AttemptDetail> {
      return details(filters, 'ORDER BY a.created_at');
    },

    /** The newest attempts with their reports, for the group discussion. */
    latest(filters: Filters = {}, limit = 500): Generator<AttemptDetail> {
      return details(filters, 'ORDER BY a.created_at DESC LIMIT @limit', { limit });
    },
  };
}

function worstFirst(a: RateRow, b: RateRow): number {
  return a.passed / a.total - b.passed / b.total || b.total - a.total;
}

export type Attempts = ReturnType<typeof createAttempts>;
