import type { Act } from './acts';
import type { Present, RecordSheet } from './record';

export const TRANSCRIPT_FORMAT = 'madoguchi.transcript/1';
export const REPORT_FORMAT = 'madoguchi.report/1';

export const CHANNELS = ['counter', 'phone', 'offsite', 'mail'] as const;
export type Channel = (typeof CHANNELS)[number];
/** How a channel reads on the pages: the scenario list, the trainer's planning page, docs/scenarios.md. */
export const CHANNEL_LABEL: Record<Channel, string> = { counter: '窓口', phone: '電話', offsite: '庁舎外', mail: 'メール' };
/** The channel as a desk, when the library is grouped by it (the select screen, the session builder): a visit reads 訪問 there. */
export const DESK_LABEL: Record<Channel, string> = { ...CHANNEL_LABEL, offsite: '訪問' };

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
  /**
   * On the first event of a choice: the staff acts of the options the trainee did not take at that decision.
   * The engine counts a principle as tested when taking one of them would have broken it.
   */
  declined?: Act[];
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
  /** Who the story showed: how the citizen looked (`man_60s`) and who came, when. The record sheet is graded against it. */
  cast?: Cast;
  /** The record the trainee wrote afterwards (対応記録シート); absent in older transcripts and when the session skips it. */
  record?: RecordSheet;
}

export interface Cast {
  look?: string;
  arrivals: { t: number; who: Exclude<Present, 'trainee'> }[];
}
