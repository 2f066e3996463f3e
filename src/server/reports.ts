// How a report is stored, and how a stored one opens again after the rules have changed.
// Stored compactly (src/scoring/score.ts compact: verdicts and deciding events, no passages or
// feedback), plus each principle's name as the trainee saw it, and the attempt keeps the version
// of the rules it was scored under (attempts.rules_version). Opening expands from today's rules and
// profiles; a principle or municipality renamed or removed since still opens, showing what was
// scored then (its stored name, or its id for attempts stored before names were kept).
import { createHash } from 'node:crypto';
import type { Channel, ProfileId } from '../model/transcript';
import { PROFILES } from '../scoring/profiles';
import { RULES } from '../scoring/rules';
import { compact, expand, type CompactReport } from '../scoring/score';
import type { PrincipleResult, Report } from '../scoring/types';

type StoredPrinciple = CompactReport['principles'][number] & { name?: string };
type StoredReport = Omit<CompactReport, 'principles'> & { principles: StoredPrinciple[] };

/** Changes whenever a principle's id, name, weight or feedback or a profile's principles or passages change. */
export const RULES_VERSION = createHash('sha256')
  .update(JSON.stringify([RULES.map((r) => [r.id, r.name, r.weight, r.feedback]), Object.values(PROFILES).map((p) => [p.id, p.timeLimitMinutes, p.phoneProcedure, p.citations])]))
  .digest('hex')
  .slice(0, 12);

const RULE_IDS = new Set<string>(RULES.map((r) => r.id));

export function storeReport(report: Report): string {
  const c = compact(report);
  // compact made each principle anew: its name is added in place (a copy of each was most of the cost).
  c.principles.forEach((p, i) => ((p as StoredPrinciple).name = report.principles[i]!.name));
  return JSON.stringify(c);
}

/** A principle today's rules no longer know: its verdict as scored, without passages or advice. */
const asScored = (p: StoredPrinciple): PrincipleResult => ({
  id: p.id,
  name: p.name ?? p.id,
  verdict: p.verdict,
  events: p.events,
  ...(p.critical ? { critical: true } : {}),
  source: '',
  citations: [],
  feedback: '',
});

export function openReport(json: string, channel?: Channel): Report {
  const stored = JSON.parse(json) as StoredReport;
  if (!(stored.profile in PROFILES)) return { ...stored, principles: stored.principles.map(asScored) };
  const today = expand({ ...stored, profile: stored.profile as ProfileId, principles: stored.principles.filter((p) => RULE_IDS.has(p.id)) }, channel).principles;
  let k = 0;
  const principles = stored.principles.map((p) => {
    if (!RULE_IDS.has(p.id)) return asScored(p);
    const full = today[k++]!;
    return p.name && p.name !== full.name ? { ...full, name: p.name } : full;
  });
  return { ...stored, principles };
}
