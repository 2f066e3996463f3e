// The scoring engine: a pure function from a (validated) transcript to a report.
// No Phaser, no DOM, no Node: the browser, the server and the CLI run this same code.
import { SCENARIOS } from '../model/scenarios';
import type { Channel, Transcript } from '../model/transcript';
import { buildContext, findFrom, RESOLUTIONS, unaccommodatedCharacteristic } from './context';
import { PROFILES } from './profiles';
import { RULES } from './rules';
import { CRITICAL_CAP } from './pass';
import { limitDue } from './rules/time-limit';
import type { Citation, Finding, PrincipleId, PrincipleResult, Profile, Report, Rule, RuleContext, Timeline } from './types';

export { CRITICAL_CAP } from './pass';

function timeline(ctx: RuleContext): Timeline {
  const end = findFrom(ctx, RESOLUTIONS, Math.max(ctx.firstCue, 0));
  const due = limitDue(ctx);
  return {
    harassmentBegan: ctx.firstCue < 0 ? null : ctx.times[ctx.firstCue]!,
    limitDue: due,
    ...(due !== null && ctx.profile.timeLimitMinutes !== null ? { limitFrom: due - ctx.profile.timeLimitMinutes * 60 } : {}),
    responseEnded: end < 0 ? null : ctx.times[end]!,
    encounterEnded: ctx.times.length ? ctx.times[ctx.times.length - 1]! : 0,
  };
}

/** The passages shown for an encounter on `channel`: one for another channel (the document's 電話 steps at the counter) is left out, unless nothing would be left. */
export function passagesFor(all: readonly Citation[], channel?: Channel): Citation[] {
  const fitting = channel ? all.filter((c) => !c.channels || c.channels.includes(channel)) : all;
  return [...(fitting.length ? fitting : all)];
}

/** A rule's finding as the report shows it: with its name, feedback and this municipality's passages. */
function present(rule: Rule, profile: Profile, f: Finding, channel?: Channel): PrincipleResult {
  const citations = passagesFor(profile.citations[rule.id] ?? [], channel);
  return {
    id: rule.id,
    name: rule.name,
    verdict: f.verdict,
    events: f.events,
    ...(f.critical ? { critical: true } : {}),
    ...(f.details?.length ? { details: f.details } : {}),
    source: citations.map((c) => `${c.doc} ${c.section}`).join('; '),
    citations,
    feedback: f.verdict === 'violated' ? rule.feedback.violated : f.verdict === 'upheld' ? rule.feedback.upheld : '',
  };
}

/** A report without what the rules and profiles already hold (names, feedback, passages): for storage. */
export type CompactReport = Omit<Report, 'principles'> & { principles: (Finding & { id: PrincipleId })[] };

export function compact(report: Report): CompactReport {
  return {
    ...report,
    principles: report.principles.map((p) => ({ id: p.id, verdict: p.verdict, events: p.events, ...(p.critical ? { critical: true } : {}), ...(p.details ? { details: p.details } : {}) })),
  };
}

/** The full report again, from its compact form and the rules and profiles of this program (`channel`: the transcript's, which picks the passages). */
export function expand(c: CompactReport, channel?: Channel): Report {
  const profile = PROFILES[c.profile];
  const rules = new Map(RULES.map((r) => [r.id, r]));
  return { ...c, principles: c.principles.map((p) => present(rules.get(p.id)!, profile, p, channel)) };
}

/**
 * Would taking one of the options the trainee declined have broken the rule? Then the encounter tested it,
 * even where the scenario does not list it. Each declined act is tried in place of the act that was chosen.
 */
function declinedWouldBreak(rule: Rule, ctx: RuleContext, transcript: Transcript): boolean {
  // One trial context whose acts are changed in place and put back (a copy per try was a third of the
  // engine's time); rules only read their context.
  const acts = ctx.acts.slice();
  const trial = { ...ctx, acts };
  for (let i = 0; i < transcript.events.length; i++) {
    for (const act of transcript.events[i]!.declined ?? []) {
      acts[i] = act;
      const broken = rule.evaluate(trial).verdict === 'violated';
      acts[i] = ctx.acts[i]!;
      if (broken) return true;
    }
  }
  return false;
}

/**
 * The principles an attempt of this scenario is tested on (its metadata), or null for a transcript that names
 * no known scenario (the CLI's free-standing transcripts), where every upheld verdict stands.
 */
function trainedBy(transcript: Transcript): ReadonlySet<PrincipleId> | null {
  const meta = transcript.scenario === undefined ? undefined : SCENARIOS.find((s) => s.id === transcript.scenario);
  return meta ? new Set(meta.principles) : null;
}

/**
 * Scores a transcript. Each principle the attempt broke costs its weight (25 serious, 15 moderate, 10 minor, 5 slight)
 * from 100; upheld principles add nothing, so nothing that merely did not happen can pad the score. A principle
 * counts as upheld only when it was tested: the scenario trains it, or the trainee declined an option that would
 * have broken it; otherwise it is reported as not applicable. A critical failure caps the score at CRITICAL_CAP.
 */
export function score(transcript: Transcript): Report {
  const profile = PROFILES[transcript.profile];
  const ctx = buildContext(transcript, profile);
  const trains = trainedBy(transcript);
  const principles: PrincipleResult[] = [];
  const criticals: PrincipleId[] = [];
  let lost = 0;
  const notHarassment = unaccommodatedCharacteristic(ctx);
  for (const rule of RULES) {
    const citations = profile.citations[rule.id];
    if (!citations) continue; // this municipality's document does not state the principle
    const finding: Finding = rule.harassmentProcedure && notHarassment ? { verdict: 'not_applicable', events: [] } : rule.evaluate(ctx);
    const untested = finding.verdict === 'upheld' && trains !== null && !rule.alwaysTested && !trains.has(rule.id) && !declinedWouldBreak(rule, ctx, transcript);
    const shown = untested ? { verdict: 'not_applicable' as const, events: [] } : finding;
    if (shown.critical) criticals.push(rule.id);
    if (shown.verdict === 'violated') lost += rule.weight;
    principles.push(present(rule, profile, shown, transcript.channel));
  }
  return {
    format: 'madoguchi.report/1',
    profile: profile.id,
    score: Math.min(Math.max(0, 100 - lost), criticals.length ? CRITICAL_CAP : 100),
    critical: criticals,
    ...(transcript.record?.skipped ? { incomplete: ['record_sheet' as const] } : {}),
    principles,
    timeline: timeline(ctx),
  };
}
