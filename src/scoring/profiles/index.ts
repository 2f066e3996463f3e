import type { Channel, ProfileId } from '../../model/transcript';
import type { Profile } from '../types';
import { nanyo } from './nanyo';
import { okayama } from './okayama';
import { oshu } from './oshu';
import { sendai } from './sendai';
import { standard } from './standard';
import { yurihonjo } from './yurihonjo';

export const PROFILES: Readonly<Record<ProfileId, Profile>> = { oshu, nanyo, yurihonjo, sendai, okayama, standard };

/**
 * How a call is cut short in this attempt: 南陽市's four steps apply to a phone scenario under its
 * manual; elsewhere (and on a call that opens a visit) a warning before 切電. The rule and the phone scene share it.
 */
export function phoneProcedure(profile: Profile, channel: Channel): Profile['phoneProcedure'] {
  return profile.phoneProcedure === 'nanyo_four_steps' && channel === 'phone' ? 'nanyo_four_steps' : 'warn_then_hang_up';
}
