import { CITIZEN_RESOLUTIONS, cueIndexes, ENDING_ACTS, type Act } from '../model/acts';
import type { Transcript } from '../model/transcript';
import { forChannel } from './profiles';
import type { Profile, RuleContext } from './types';

export function buildContext(transcript: Transcript, profile: Profile): RuleContext {
  const acts = transcript.events.map((e) => e.act);
  const cues = cueIndexes(acts);
  return {
    channel: transcript.channel,
    profile: forChannel(profile, transcript.channel),
    acts,
    times: transcript.events.map((e) => e.t),
    cues,
    firstCue: cues[0] ?? -1,
    transcript,
  };
}

/** Index of the first event at or after `from` whose act is in `set`, or -1. */
export function findFrom(ctx: RuleContext, set: ReadonlySet<string> | string, from = 0): number {
  for (let i = Math.max(0, from); i < ctx.acts.length; i++) {
    const a = ctx.acts[i]!;
    if (typeof set === 'string' ? a === set : set.has(a)) return i;
  }
  return -1;
}

/** Index of the last event before `before` whose act is in `set`, or -1. */
export function findBefore(ctx: RuleContext, set: ReadonlySet<string> | string, before: number): number {
  for (let i = Math.min(before, ctx.acts.length) - 1; i >= 0; i--) {
    const a = ctx.acts[i]!;
    if (typeof set === 'string' ? a === set : set.has(a)) return i;
  }
  return -1;
}

export function indexesOf(ctx: RuleContext, set: ReadonlySet<string> | string): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.acts.length; i++) {
    const a = ctx.acts[i]!;
    if (typeof set === 'string' ? a === set : set.has(a)) out.push(i);
  }
  return out;
}

export const acts = (...names: Act[]): ReadonlySet<string> => new Set(names);
export const ENDINGS: ReadonlySet<string> = ENDING_ACTS;
export const RESOLUTIONS: ReadonlySet<string> = new Set([...ENDING_ACTS, ...CITIZEN_RESOLUTIONS]);

/** What treats a citizen as a harasser: warnings, ending or cutting off, the exit order, the police, the label. */
export const HARSH: ReadonlySet<string> = acts(
  'staff.warn', 'staff.final_warning', 'staff.end_response', 'staff.hang_up', 'staff.order_leave', 'staff.call_police', 'staff.label_harassment',
);

// The grave answers to a fair complaint or to conduct a disability explains: ending it, cutting it off, ordering the
// citizen out, the police, the label (legit_complaint, accommodation). A premature warning is a mistake too, but an ordinary one.
export const GRAVE: ReadonlySet<string> = acts('staff.end_response', 'staff.hang_up', 'staff.order_leave', 'staff.call_police', 'staff.label_harassment');

/** Index of the first sign the profile names among its characteristics (a disability, …), or -1. */
export function characteristicSign(ctx: RuleContext): number {
  return findFrom(ctx, new Set(ctx.profile.characteristicSigns));
}

/** A characteristic sign was shown, and the trainee never accommodated it (types.ts harassmentProcedure). */
export function unaccommodatedCharacteristic(ctx: RuleContext): boolean {
  const sign = characteristicSign(ctx);
  return sign >= 0 && findFrom(ctx, 'staff.accommodate', sign) < 0;
}
