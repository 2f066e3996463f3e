import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { identityMigration } from './migrations/identity';
import { lrsOutboxMigration } from './migrations/lrs-outbox';

export type DB = Database.Database;

/** SQL, or a function for a step SQL cannot do alone (Unicode normalisation). Runs inside the upgrade's transaction. */
export type Migration = string | ((db: DB) => void);

// Each entry moves the schema one version on; PRAGMA user_version says how far a database is.
export const MIGRATIONS: Migration[] = [
  `
  CREATE TABLE attempts (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    started_at  TEXT,
    trainee     TEXT NOT NULL,
    department  TEXT,
    scenario    TEXT,
    profile     TEXT NOT NULL,
    session_id  TEXT,
    score       INTEGER NOT NULL,
    critical    INTEGER NOT NULL,
    transcript  TEXT NOT NULL,
    report      TEXT NOT NULL,
    statement   TEXT NOT NULL
  );
  CREATE INDEX attempts_created ON attempts (created_at);
  CREATE INDEX attempts_trainee ON attempts (trainee, created_at);
  CREATE INDEX attempts_session ON attempts (session_id);
  CREATE TABLE verdicts (
    attempt_id  TEXT NOT NULL REFERENCES attempts (id),
    principle   TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    PRIMARY KEY (attempt_id, principle)
  ) WITHOUT ROWID;
  CREATE INDEX verdicts_principle ON verdicts (principle, verdict);
  CREATE TABLE sessions (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    date          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    profile       TEXT NOT NULL,
    scenarios     TEXT NOT NULL,
    content_notes INTEGER NOT NULL,
    created_at    TEXT NOT NULL
  );
  CREATE TABLE participants (
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    trainee     TEXT NOT NULL,
    department  TEXT,
    status      TEXT NOT NULL,
    scenario    TEXT,
    joined_at   TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (session_id, trainee)
  );
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE logins (token_hash TEXT PRIMARY KEY, expires_at TEXT NOT NULL);
  `,
  // The (principle, verdict) index ends in the random attempt id, so each attempt's fifteen verdicts
  // dirtied fifteen scattered pages (a wave of 40 took 20 ms in process with it, 8–9 ms without). It also led the
  // planner astray on filtered pass rates (0.4 s over 10,000 attempts; 27 ms without it).
  `
  DROP INDEX IF EXISTS verdicts_principle;
  `,
  // Version 3: one identity per trainee (staff ID, else name with department), normalised;
  // attempt ids lower case; session codes canonical in stored transcripts. Self-contained: renumber freely.
  identityMigration,
  // Version 4: the queue of statements waiting for the organisation's LRS; statements rebuilt
  // as valid xAPI when the server next starts (the account's homePage is known only then). Self-contained.
  lrsOutboxMigration,
  // Version 5. A record proves a real play (issue 14, points 1 and 2): each trainee who
  // joins a session gets a token (stored hashed) that progress and submissions into the session need,
  // and a lead can close a session, after which its code is refused. Self-contained: renumber freely.
  `
  CREATE TABLE trainee_tokens (
    token_hash  TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    trainee     TEXT NOT NULL,
    department  TEXT,
    staff_id    TEXT,
    created_at  TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX trainee_tokens_session ON trainee_tokens (session_id);
  ALTER TABLE sessions ADD COLUMN closed_at TEXT;
  `,
  // Version 6. Old attempts stay readable (issue 14, point 9): the version of the rules
  // an attempt was scored under. NULL for attempts stored before this column existed. Self-contained.
  `
  ALTER TABLE attempts ADD COLUMN rules_version TEXT;
  `,
  // Version 7. The record sheet (issue 11): a lead can switch the record task off for a session (existing
  // sessions keep it on), and an attempt whose record the trainee skipped is "not done", never a pass.
  `
  ALTER TABLE sessions ADD COLUMN record_task INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE attempts ADD COLUMN incomplete INTEGER NOT NULL DEFAULT 0;
  `,
  // Version 8. Every version of each story the server has served (story-versions.ts), so an attempt played
  // before an update whose story text changed still replays. About 1.1 MB when every story of a release changed.
  `
  CREATE TABLE story_versions (
    scenario      TEXT NOT NULL,
    version       TEXT NOT NULL,
    json          TEXT NOT NULL,
    first_served  TEXT NOT NULL,
    PRIMARY KEY (scenario, version)
  );
  `,
];

/**
 * Largest WAL file kept after a checkpoint resets it (SQLite truncates it to this). The checkpoint
 * worker escalates past WAL_ESCALATE_BYTES (src/server/checkpoint.ts), so the WAL stays near these figures.
 */
export const JOURNAL_SIZE_LIMIT = 16 * 1024 * 1024;

/** The database cannot be used: one line for the terminal, no stack trace. */
export class DatabaseProblem extends Error {}

/** Opens (and on first start creates) the results database; a damaged or unwritable one is a DatabaseProblem naming the file. */
export function openDatabase(path: string): DB {
  let db: DB | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // A confirmed attempt must survive a crash: WAL with a full sync on every commit.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
    // quick_check reads every page (about 0.1 s per 100 MB) but skips the index cross-checks of integrity_check.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseProblem(`${path}: the results database is damaged (quick_check: ${String(check).split('\n')[0]}); restore it from a backup or start with another --db`);
    migrate(db, path);
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof DatabaseProblem) throw e;
    const code = (e as { code?: string }).code ?? '';
    const why = (e as Error).message;
    if (/READONLY|PERM|EACCES|EROFS/.test(code)) throw new DatabaseProblem(`${path}: the results database cannot be written (${why}); check that the file and its folder are writable`);
    if (/CORRUPT|NOTADB/.test(code)) throw new DatabaseProblem(`${path}: the results database is damaged (${why}); restore it from a backup or start with another --db`);
    if (/CANTOPEN|ENOTDIR|ENOENT|EEXIST/.test(code)) throw new DatabaseProblem(`${path}: the results database cannot be opened (${why}); check the path given with --db`);
    throw e;
  }
}

function migrate(db: DB, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new DatabaseProblem(`${path}: database schema version ${version} is newer than this program (${MIGRATIONS.length})`);
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) {
      const m = MIGRATIONS[v]!;
      if (typeof m === 'string') db.exec(m);
      else m(db);
      db.pragma(`user_version = ${v + 1}`); // within the one transaction: a step can tell which version it makes
    }
  })();
}
