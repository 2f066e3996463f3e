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
  // Version 3 (branch xapi): one identity per trainee (staff ID, else name with department), normalised;
  // attempt ids lower case; session codes canonical in stored transcripts. Self-contained: renumber freely.
  identityMigration,
  // Version 4 (branch xapi): the queue of statements waiting for the organisation's LRS; statements rebuilt
  // as valid xAPI when the server next starts (the account's homePage is known only then). Self-contained.
  lrsOutboxMigration,
];

/** Opens (and on first start creates) the results database. */
export function openDatabase(path: string): DB {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // A confirmed attempt must survive a crash: WAL with a full sync on every commit.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new Error(`${path}: database schema version ${version} is newer than this program (${MIGRATIONS.length})`);
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) {
      const m = MIGRATIONS[v]!;
      if (typeof m === 'string') db.exec(m);
      else m(db);
      db.pragma(`user_version = ${v + 1}`); // within the one transaction: a step can tell which version it makes
    }
  })();
  return db;
}
