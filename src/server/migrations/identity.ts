// Schema step "one identity per trainee" (issue 14.7). Earlier versions keyed participants by session and
// typed name, printed records by name, variants by name and department, all as typed (NFC or not, with
// zero-width characters). This step normalises every stored trainee with the same module the server uses
// (src/model/identity.ts), keys attempts and participants by identity, lowers attempt ids and writes the
// stored transcripts' session codes canonical.
//
// What it does with conflicts (each one is written to migration_notes, which the tests read):
// - participants of one session that collapse to one identity become one row: joined at the earliest,
//   seen at the latest, the status and scenario of the latest;
// - a name that normalises to nothing is kept as 「(名前なし)」;
// - two attempts whose ids differ only in case: the same transcript is one attempt stored twice (the later
//   copy is removed); different transcripts are two attempts (the later one gets a new id, noted with the old).
// Two people of the same name in different departments were merged by the old participants key; their
// attempts tell them apart, so each identity with attempts in a session gets its own participant row.
import { randomUUID } from 'node:crypto';
import { canonicalCode, identityKey, NO_NAME, normaliseTrainee, type TraineeInput } from '../../model/identity';
import type { Transcript } from '../../model/transcript';
import type { DB } from '../db';

/** The normalised trainee, or 「(名前なし)」 when nothing readable is left (a migration must not fail on old data). */
export function leniently(t: TraineeInput | undefined): TraineeInput {
  try {
    return normaliseTrainee(t ?? { name: NO_NAME });
  } catch {
    try {
      return normaliseTrainee({ ...t, name: NO_NAME });
    } catch {
      return { name: NO_NAME };
    }
  }
}

export function identityMigration(db: DB): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS migration_notes (at TEXT NOT NULL, version INTEGER NOT NULL, note TEXT NOT NULL);
    ALTER TABLE attempts ADD COLUMN identity TEXT NOT NULL DEFAULT '';
    ALTER TABLE attempts ADD COLUMN staff_id TEXT;
  `);
  const version = (db.pragma('user_version', { simple: true }) as number) + 1;
  const now = new Date().toISOString();
  const note = db.prepare('INSERT INTO migration_notes (at, version, note) VALUES (?, ?, ?)');
  const say = (text: string) => note.run(now, version, text);
  // Ids change below while verdicts point at them: checked at commit instead of at each statement.
  db.pragma('defer_foreign_keys = ON');

  const rows = db.prepare('SELECT id, trainee, department, transcript FROM attempts ORDER BY created_at, rowid').all() as { id: string; trainee: string; department: string | null; transcript: string }[];
  const update = db.prepare('UPDATE attempts SET id = @newId, trainee = @name, department = @department, staff_id = @staffId, identity = @identity, transcript = @transcript WHERE id = @id');
  const moveVerdicts = db.prepare('UPDATE verdicts SET attempt_id = ? WHERE attempt_id = ?');
  const drop = [db.prepare('DELETE FROM verdicts WHERE attempt_id = ?'), db.prepare('DELETE FROM attempts WHERE id = ?')];
  // Rows whose ids are one id once lower-cased, oldest first: the oldest keeps the id.
  const groups = new Map<string, typeof rows>();
  for (const r of rows) groups.set(r.id.toLowerCase(), [...(groups.get(r.id.toLowerCase()) ?? []), r]);
  for (const [lower, [first, ...later]] of groups) {
    const normalised = (r: (typeof rows)[number], id: string) => {
      const t = JSON.parse(r.transcript) as Transcript;
      const trainee = leniently(t.trainee ?? { name: r.trainee, ...(r.department ? { department: r.department } : {}) });
      if (trainee.name === NO_NAME && r.trainee !== NO_NAME) say(`attempt ${r.id}: the name ${JSON.stringify(r.trainee)} has no readable character; kept as ${NO_NAME}`);
      if (t.trainee) t.trainee = trainee;
      if (t.session !== undefined) t.session = canonicalCode(t.session);
      if (t.attemptId !== undefined) t.attemptId = id;
      return { trainee, transcript: JSON.stringify(t) };
    };
    const rekey = (r: (typeof rows)[number], newId: string, n: ReturnType<typeof normalised>) => {
      update.run({ id: r.id, newId, name: n.trainee.name, department: n.trainee.department ?? null, staffId: n.trainee.staffId ?? null, identity: identityKey(n.trainee), transcript: n.transcript });
      if (newId !== r.id) moveVerdicts.run(newId, r.id);
    };
    const kept = normalised(first!, lower);
    // The later rows first, so that the id they hold is free for the oldest.
    for (const r of later) {
      if (normalised(r, lower).transcript === kept.transcript) {
        for (const d of drop) d.run(r.id);
        say(`attempt ${r.id}: the same attempt as ${lower} (ids differ in case only); the copy was removed`);
      } else {
        const newId = randomUUID();
        rekey(r, newId, normalised(r, newId));
        say(`attempt ${r.id}: a different attempt under the id of ${lower} (ids differ in case only); now ${newId}`);
      }
    }
    rekey(first!, lower, kept);
  }

  db.exec(`
    DROP INDEX IF EXISTS attempts_trainee;
    CREATE INDEX attempts_identity ON attempts (identity, created_at);
    CREATE TABLE participants_new (
      session_id  TEXT NOT NULL REFERENCES sessions (id),
      identity    TEXT NOT NULL,
      trainee     TEXT NOT NULL,
      department  TEXT,
      staff_id    TEXT,
      status      TEXT NOT NULL,
      scenario    TEXT,
      joined_at   TEXT NOT NULL,
      seen_at     TEXT NOT NULL,
      PRIMARY KEY (session_id, identity)
    );
  `);
  // Latest seen first: the first row of an identity gives the status and scenario, later ones widen the dates.
  const people = db.prepare('SELECT * FROM participants ORDER BY seen_at DESC').all() as { session_id: string; trainee: string; department: string | null; status: string; scenario: string | null; joined_at: string; seen_at: string }[];
  const insert = db.prepare(
    `INSERT INTO participants_new (session_id, identity, trainee, department, staff_id, status, scenario, joined_at, seen_at)
     VALUES (@session, @identity, @name, @department, @staffId, @status, @scenario, @joined, @seen)
     ON CONFLICT (session_id, identity) DO UPDATE SET joined_at = min(joined_at, @joined), seen_at = max(seen_at, @seen)`,
  );
  const seen = new Set<string>();
  for (const p of people) {
    const trainee = leniently({ name: p.trainee, ...(p.department ? { department: p.department } : {}) });
    const identity = identityKey(trainee);
    const key = `${p.session_id}\n${identity}`;
    if (seen.has(key)) say(`session ${p.session_id}: participant ${JSON.stringify(p.trainee)} is the same person as another row once normalised; merged`);
    seen.add(key);
    insert.run({ session: p.session_id, identity, name: trainee.name, department: trainee.department ?? null, staffId: null, status: p.status, scenario: p.scenario, joined: p.joined_at, seen: p.seen_at });
  }
  // Someone whose row the old key merged into a namesake's (or who never had one) still has attempts in the session.
  db.exec(`
    INSERT INTO participants_new (session_id, identity, trainee, department, staff_id, status, scenario, joined_at, seen_at)
    SELECT a.session_id, a.identity, a.trainee, a.department, a.staff_id, 'finished', a.scenario, MIN(a.created_at) OVER w, MAX(a.created_at) OVER w
    FROM attempts a WHERE a.session_id IS NOT NULL
    WINDOW w AS (PARTITION BY a.session_id, a.identity)
    ORDER BY a.created_at DESC
    ON CONFLICT (session_id, identity) DO NOTHING;
    DROP TABLE participants;
    ALTER TABLE participants_new RENAME TO participants;
  `);
}
