import type { Channel, ProfileId } from '../../model/transcript';
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

/**
 * Seconds at which the limit's clock starts, given when the first harassment cue came (or null before any):
 * the start of the meeting where the document counts from there (由利本荘市), else the first cue.
 * Null while the clock has not started, and always where the document names no limit. Scoring and the HUD share it.
 */
export function limitStart(rule: LimitRule, cueSeconds: number | null): number | null {
  if (rule.timeLimitMinutes === null) return null;
  return rule.timeLimitFrom === 'start' ? 0 : cueSeconds;
}

/**
 * How a call is cut short in this attempt: 南陽市's four steps apply to a phone scenario under its
 * manual; elsewhere (and on a call that opens a visit) a warning before 切電. The rule and the phone scene share it.
 */
export function phoneProcedure(profile: Profile, channel: Channel): Profile['phoneProcedure'] {
  return profile.phoneProcedure === 'nanyo_four_steps' && channel === 'phone' ? 'nanyo_four_steps' : 'warn_then_hang_up';
}
