// What storing an attempt needs worked out from its transcript: the score, the report as stored, the xAPI
// statement and the transcript's own JSON. Pure (no database), so the replay workers do it beside the replay
// (replay-worker.ts) and the event loop only writes the row: on the event loop this was about 40 % of a
// submission's CPU, and a room's forty submissions wait for the loop in turn. attempts.save does it in place
// for tools and tests.
import type { Transcript } from '../model/transcript';
import { score } from '../scoring/score';
import type { PrincipleId, Verdict } from '../scoring/types';
import { storeReport } from './reports';
import { toStatement, type StatementContext } from './statement';

export interface Scored {
  /** The transcript as stored (and as a resend is compared with). */
  transcript: string;
  /** The report, compact (reports.ts). */
  report: string;
  /** The xAPI statement, built once (xapi.ts). */
  statement: string;
  score: number;
  critical: boolean;
  /** How many tasks the trainee skipped (the record sheet). */
  incomplete: number;
  /** The principles the attempt was judged on (not_applicable left out: the pass rates ignore them). */
  verdicts: [PrincipleId, Verdict][];
}

/** `c.stored` bounds the statement's timestamp: the time the server received the attempt, never after it stored it. */
export function scoreForStore(t: Transcript, c: StatementContext): Scored {
  const report = score(t);
  return {
    transcript: JSON.stringify(t),
    report: storeReport(report),
    statement: JSON.stringify(toStatement(t, report, c)),
    score: report.score,
    critical: report.critical.length > 0,
    incomplete: report.incomplete?.length ?? 0,
    verdicts: report.principles.filter((p) => p.verdict !== 'not_applicable').map((p) => [p.id, p.verdict]),
  };
}
