import type { ProfileId } from '../../model/transcript';
import type { Profile } from '../types';
import { nanyo } from './nanyo';
import { okayama } from './okayama';
import { oshu } from './oshu';
import { sendai } from './sendai';
import { standard } from './standard';
import { yurihonjo } from './yurihonjo';

export const PROFILES: Readonly<Record<ProfileId, Profile>> = { oshu, nanyo, yurihonjo, sendai, okayama, standard };
