// Schema step "forwarding to an organisation's LRS" (issue 13.5). Self-contained.
// - lrs_outbox: one row per attempt whose statement waits for (or reached, or was refused by) the LRS. A row is
//   written in the same transaction as its attempt, so a stored attempt is never missing from the queue.
// - Statements stored by earlier versions were not valid xAPI (a URN as the account's homePage, the typed name
//   as the account). They are emptied here and rebuilt from the stored transcript and report when the server
//   next starts (src/server/xapi.ts), once the configured homePage is known.
import type { DB } from '../db';

export function lrsOutboxMigration(db: DB): void {
  db.exec(`
    CREATE TABLE lrs_outbox (
      attempt_id  TEXT PRIMARY KEY REFERENCES attempts (id),
      state       TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
      tries       INTEGER NOT NULL DEFAULT 0,
      next_at     INTEGER NOT NULL,
      last_error  TEXT,
      sent_at     TEXT
    );
    CREATE INDEX lrs_outbox_due ON lrs_outbox (state, next_at);
    UPDATE attempts SET statement = '';
  `);
}
