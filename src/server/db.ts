import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type DB = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS attempts (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  trainee     TEXT NOT NULL,
  department  TEXT,
  scenario    TEXT,
  profile     TEXT NOT NULL,
  score       INTEGER NOT NULL,
  transcript  TEXT NOT NULL,
  report      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_created ON attempts (created_at);
`;

/** Opens (and on first start creates) the results database. */
export function openDatabase(path: string): DB {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // A confirmed attempt must survive a crash: WAL with a full sync on every commit.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  return db;
}
