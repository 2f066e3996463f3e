// Property tests (fast-check): scoring never throws on a valid transcript, and a violating act never raises the score.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_ACTS, type Act } from '../src/model/acts';
import { CHANNELS, PROFILE_IDS, type Transcript } from '../src/model/transcript';
import { parseTranscript } from '../src/model/validate';
import { PROFILES } from '../src/scoring/profiles';
import { score } from '../src/scoring/score';

const VIOLATING: Act[] = [
  'staff.apologize_full', 'staff.argue', 'staff.interrupt', 'staff.retort', 'staff.provoke', 'staff.promise_vague', 'staff.label_harassment',
  'staff.handover_cold', 'staff.visit_alone', 'staff.enter_home', 'staff.use_private_channel', 'staff.explain_jargon', 'staff.concede',
];

const transcript: fc.Arbitrary<Transcript> = fc
  .record({
    profile: fc.constantFrom(...PROFILE_IDS),
    channel: fc.constantFrom(...CHANNELS),
    steps: fc.array(fc.record({ dt: fc.nat({ max: 900 }), act: fc.constantFrom(...ALL_ACTS) }), { maxLength: 60 }),
  })
  .map(({ profile, channel, steps }) => {
    let t = 0;
    const events = steps.map(({ dt, act }) => ({ t: (t += dt), act }));
    return { format: 'madoguchi.transcript/1', profile, channel, events };
  });

describe('scoring properties', () => {
  it('never throws on a valid transcript and always gives a well-formed report', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        const r = score(parseTranscript(t));
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        for (const p of r.principles) {
          expect(['upheld', 'violated', 'not_applicable']).toContain(p.verdict);
          for (const i of p.events) expect(i >= 0 && i < t.events.length).toBe(true);
          expect(p.citations.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  /**
   * Adding a violating act anywhere never raises the score, and each violating act does lower it in some
   * transcripts: an engine that ignored violations (say, one that always gave 100) would pass the first half alone.
   * Returns the acts that never lowered a score.
   */
  function toothless(engine: (t: Transcript) => number): Act[] {
    const lowered = new Set<Act>();
    fc.assert(
      fc.property(transcript, fc.constantFrom(...VIOLATING), fc.nat(), (t, act, where) => {
        // Under 由利本荘市 saying the conduct is カスハラ is the prescribed warning (4(2)), not a violation.
        if (act === 'staff.label_harassment' && PROFILES[t.profile].labelIsWarning) return;
        const at = t.events.length ? where % (t.events.length + 1) : 0;
        // Once the city's error is confirmed, a full apology is what the manuals ask (admit_error), not a violation.
        if (act === 'staff.apologize_full' && t.events.slice(0, at).some((e) => e.act === 'customer.valid_grievance')) return;
        const time = at === 0 ? 0 : t.events[at - 1]!.t;
        const worse = { ...t, events: [...t.events.slice(0, at), { t: time, act }, ...t.events.slice(at)] };
        const [before, after] = [engine(t), engine(worse)];
        expect(after).toBeLessThanOrEqual(before);
        if (after < before) lowered.add(act);
      }),
      { numRuns: 3000, seed: 14 },
    );
    return VIOLATING.filter((a) => !lowered.has(a));
  }

  it('never raises the score when a violating act is added anywhere, and each violating act lowers it somewhere', () => {
    expect(toothless((t) => score(t).score)).toEqual([]);
  });

  it('fails an engine that always gives 100', () => {
    expect(toothless(() => 100)).toEqual(VIOLATING);
  });

  it('gives the same report for the same input', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        expect(JSON.stringify(score(t))).toBe(JSON.stringify(score(structuredClone(t))));
      }),
      { numRuns: 300 },
    );
  });
});
