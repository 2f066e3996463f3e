// The pass rule, stated once: the server's summaries and rates, the xAPI statement, the trainer's
// charts and the debrief all read it from here.

/** A score at or above this, with no critical failure, counts as passed. */
export const PASS_MARK = 80;

/** The most a report can score with a critical failure, however well the rest went. */
export const CRITICAL_CAP = 40;

/** `critical` as the report lists it, or as a count (a stored attempt keeps only how many). */
export function passed(report: { score: number; critical: readonly unknown[] | number }): boolean {
  const criticals = typeof report.critical === 'number' ? report.critical : report.critical.length;
  return report.score >= PASS_MARK && criticals === 0;
}
