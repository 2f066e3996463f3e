// The scoring engine: a pure function from a (validated) transcript to a report.
// No Phaser, no DOM, no Node: the browser, the server and the CLI run this same code.
import type { Transcript } from '../model/transcript';
import { buildContext, findFrom, RESOLUTIONS } from './context';
import { PROFILES } from './profiles';
import { RULES } from './rules';
import { CRITICAL_CAP } from './pass';
import { limitDue } from './rules/time-limit';
import type { Finding, PrincipleId, PrincipleResult, Profile, Report, Rule, RuleContext, Timeline } from './types';

export { CRITICAL_CAP } from './pass';

function timeline(ctx: RuleContext): Timeline {
  const end = findFrom(ctx, RESOLUTIONS, Math.max(ctx.firstCue, 0));
  return {
    harassmentBegan: ctx.firstCue < 0 ? null : ctx.times[ctx.firstCue]!,
    limitDue: limitDue(ctx),
    responseEnded: end < 0 ? null : ctx.times[end]!,
    encounterEnded: ctx.times.length ? ctx.times[ctx.times.length - 1]! : 0,
  };
}

/** A rule's finding as the report shows it: with its name, feedback and this municipality's passages. */
function present(rule: Rule, profile: Profile, f: Finding): PrincipleResult {
  const citations = profile.citations[rule.id] ?? [];
  return {
    id: rule.id,
    name: rule.name,
    verdict: f.verdict,
    events: f.events,
    ...(f.critical ? { critical: true } : {}),
    source: citations.map((c) => `${c.doc} ${c.section}`).join('; '),
    citations,
    feedback: f.verdict === 'violated' ? rule.feedback.violated : f.verdict === 'upheld' ? rule.feedback.upheld : '',
  };
}

/** A report without what the rules and profiles already hold (names, feedback, passages): for storage. */
export type CompactReport = Omit<Report, 'principles'> & { principles: (Finding & { id: PrincipleId })[] };

export function compact(report: Report): CompactReport {
  return { ...report, principles: report.principles.map((p) => ({ id: p.id, verdict: p.verdict, events: p.events, ...(p.critical ? { critical: true } : {}) })) };
}

/** The full report again, from its compact form and the rules and profiles of this program. */
export function expand(c: CompactReport): Report {
  const profile = PROFILES[c.profile];
  const rules = new Map(RULES.map((r) => [r.id, r]));
  return { ...c, principles: c.principles.map((p) => present(rules.get(p.id)!, profile, p)) };
}

export function score(transcript: Transcript): Report {
  const profile = PROFILES[transcript.profile];
  const ctx = buildContext(transcript, profile);
  const principles: PrincipleResult[] = [];
  const criticals: PrincipleId[] = [];
  let earned = 0;
  let possible = 0;
  for (const rule of RULES) {
    const citations = profile.citations[rule.id];
    if (!citations) continue; // this municipality's document does not state the principle
    const { verdict, events, critical } = rule.evaluate(ctx);
    if (critical) criticals.push(rule.id);
    if (verdict !== 'not_applicable') {
      possible += rule.weight;
      if (verdict === 'upheld') earned += rule.weight;
    }
    principles.push(present(rule, profile, { verdict, events, critical }));
  }
  return {
    format: 'madoguchi.report/1',
    profile: profile.id,
    score: Math.min(possible === 0 ? 100 : Math.round((100 * earned) / possible), criticals.length ? CRITICAL_CAP : 100),
    critical: criticals,
    principles,
    timeline: timeline(ctx),
  };
}
