import type { Act } from './acts';

export const TRANSCRIPT_FORMAT = 'madoguchi.transcript/1';
export const REPORT_FORMAT = 'madoguchi.report/1';

export const CHANNELS = ['counter', 'phone', 'offsite'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PROFILE_IDS = ['oshu', 'nanyo', 'yurihonjo', 'sendai', 'okayama', 'standard'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export interface TranscriptEvent {
  /** In-game seconds since the encounter began; never decreasing. */
  t: number;
  act: Act;
  /** The words of the choice or line that carried the act. */
  text?: string;
  /** Set when the trainee chose it (a staff act on a story line is narration: a colleague, a manager). */
  chosen?: true;
}

export interface Trainee {
  name: string;
  department?: string;
  /** Where given, the trainee is known by it (src/model/identity.ts). */
  staffId?: string;
}

export interface Transcript {
  format: typeof TRANSCRIPT_FORMAT;
  profile: ProfileId;
  channel: Channel;
  events: TranscriptEvent[];
  attemptId?: string;
  trainee?: Trainee;
  scenario?: string;
  /** The join code of the training session the attempt was made in; absent in self-study. */
  session?: string;
  startedAt?: string;
  /** Real seconds the trainee spent playing (absent from older games); `t` in the events is in-game time. */
  playedSeconds?: number;
  /** The seed of the story's random source (persona, wording, order of demands). */
  seed?: number;
  /** The index of each choice taken, in order: with `seed`, replays the attempt exactly. */
  choices?: number[];
}
