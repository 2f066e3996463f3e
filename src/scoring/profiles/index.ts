import type { Channel, ProfileId } from '../../model/transcript';
import { cueIndexes } from '../../model/acts';
import { CHANNEL_RULES } from '../channels';
import type { Profile } from '../types';
import { nanyo } from './nanyo';
import { okayama } from './okayama';
import { oshu } from './oshu';
import { sendai } from './sendai';
import { standard } from './standard';
import { yurihonjo } from './yurihonjo';

export const PROFILES: Readonly<Record<ProfileId, Profile>> = { oshu, nanyo, yurihonjo, sendai, okayama, standard };

/** The part of a profile that sets the time limit's clock. */
export type LimitRule = Pick<Profile, 'timeLimitMinutes' | 'timeLimitFrom'>;

// Acts by which staff treat the conduct as harassment: the organisational judgement 奥州市 counts from.
const JUDGING: ReadonlySet<string> = new Set(['staff.warn', 'staff.final_warning', 'staff.label_harassment', 'staff.report_supervisor', 'staff.escalate_manager']);

/**
 * Index of the event from which the time limit's clock runs (the start of the meeting is index 0), or -1 while it has
 * not started and always where the document names no limit. Scoring and the HUD's wall clock share it.
 */
export function clockStartIndex(rule: LimitRule, acts: readonly string[]): number {
  const cues = cueIndexes(acts);
  if (rule.timeLimitMinutes === null || cues.length === 0) return -1;
  if (rule.timeLimitFrom === 'first_cue') return cues[0]!;
  let judged = cues[1] ?? -1;
  for (let i = cues[0]! + 1; i < acts.length && (judged < 0 || i < judged); i++) if (JUDGING.has(acts[i]!)) judged = i;
  if (judged < 0) return -1;
  return rule.timeLimitFrom === 'start' ? 0 : judged;
}

/** In-game seconds at which the limit's clock started in these events, or null (see clockStartIndex). */
export function limitClockSeconds(rule: LimitRule, events: readonly { t: number; act: string }[]): number | null {
  const i = clockStartIndex(rule, events.map((e) => e.act));
  return i < 0 ? null : events[i]!.t;
}

/**
 * How a call is cut short in this attempt: 南陽市's four steps apply to a phone scenario under its
 * manual; elsewhere (and on a call that opens a visit) a warning before 切電. The rule and the phone scene share it.
 */
export function phoneProcedure(profile: Profile, channel: Channel): Profile['phoneProcedure'] {
  return profile.phoneProcedure === 'nanyo_four_steps' && channel === 'phone' ? 'nanyo_four_steps' : 'warn_then_hang_up';
}

/**
 * The profile as it applies on a channel (src/scoring/channels.ts): no time limit where the channel is not a meeting or
 * a call that runs on (an inbox), and on mail the conduct the document takes to the police when it arrives in writing.
 * The engine, the HUD and the sounds read the limit through it.
 */
export function forChannel(profile: Profile, channel: Channel): Profile {
  const { timed, written } = CHANNEL_RULES[channel];
  if (timed && !written) return profile;
  return {
    ...profile,
    timeLimitMinutes: timed ? profile.timeLimitMinutes : null,
    policeAfter: written ? [...new Set([...profile.policeAfter, ...(profile.policeAfterInWriting ?? [])])] : profile.policeAfter,
  };
}
