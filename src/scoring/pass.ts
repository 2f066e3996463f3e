// The pass rule, stated once: the server's summaries and rates, the xAPI statement, the trainer's
// charts and the debrief all read it from here.
import type { Result } from '../model/report';

/** A score at or above this, with no critical failure, counts as passed. */
export const PASS_MARK = 80;

/** The most a report can score with a critical failure, however well the rest went. */
export const CRITICAL_CAP = 40;

const count = (x: readonly unknown[] | number | undefined): number => (x === undefined ? 0 : typeof x === 'number' ? x : x.length);

/**
 * `critical` and `incomplete` as the report lists them, or as counts (a stored attempt keeps only how many).
 * A skipped task (the record sheet) is "not done": never a pass, whatever the score.
 */
export function passed(report: { score: number; critical: readonly unknown[] | number; incomplete?: readonly unknown[] | number }): boolean {
  return report.score >= PASS_MARK && count(report.critical) === 0 && count(report.incomplete) === 0;
}

/** Passed, to review, or not done (the record sheet skipped): what the debrief and the printed records say of an attempt. */
export function resultOf(report: Parameters<typeof passed>[0]): Result {
  return resultFrom(passed(report), count(report.incomplete) > 0);
}

/** The same for an attempt as the trainer pages list it, which carries whether it passed and whether it was incomplete. */
export const resultFrom = (isPassed: boolean, incomplete: boolean): Result => (isPassed ? 'passed' : incomplete ? 'incomplete' : 'review');
