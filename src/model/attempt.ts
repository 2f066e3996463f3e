import type { Citation, PrincipleId, Report, Verdict } from './report';
import type { Act } from './acts';
import type { GradedField } from './records/summary';
import type { Transcript } from './transcript';

/** One attempt as the trainer pages list it. */
export interface AttemptSummary {
  id: string;
  createdAt: string;
  trainee: string;
  department: string | null;
  /** Who the attempt is (src/model/identity.ts): the staff ID, else name and department. */
  identity: string;
  staffId: string | null;
  scenario: string | null;
  profile: string;
  /** The session it was played in; `recordTask` its record-sheet switch (src/model/records/summary.ts reads it). */
  session: { id: string; code: string; name: string; kind: SessionKind; recordTask: boolean } | null;
  score: number;
  passed: boolean;
  /** The trainee skipped the record sheet: "not done" (never passed), shown as 未修了 rather than 要復習. */
  incomplete?: true;
  principles: { id: PrincipleId; name: string; verdict: Verdict }[];
}

export interface AttemptDetail extends AttemptSummary {
  transcript: Transcript;
  report: Report;
  /** The rules it was scored under: their version (null if stored before versions were kept) and whether they are today's. */
  rules: { version: string | null; current: boolean };
}

export type SessionKind = 'onboarding' | 'refresher' | 'other';
export const SESSION_KINDS: Record<SessionKind, string> = { onboarding: '新任研修', refresher: 'フォローアップ研修', other: 'その他' };

export interface TrainingSession {
  id: string;
  code: string;
  name: string;
  date: string;
  kind: SessionKind;
  profile: string;
  scenarios: string[];
  contentNotes: boolean;
  /**
   * Whether trainees fill in the record sheet after each encounter (default true). A lead switches it off for a
   * short session: the game then skips the form and the record is not scored (not applicable, not "skipped").
   */
  recordTask: boolean;
  createdAt: string;
  /** When the lead closed it: its code is refused from then on. */
  closedAt: string | null;
}

/** What a trainee's browser learns about a session when joining: no other trainee's data. */
export type SessionForTrainee = Pick<TrainingSession, 'code' | 'name' | 'profile' | 'scenarios' | 'contentNotes'> & Partial<Pick<TrainingSession, 'recordTask'>> & {
  /** This trainee's proof of having joined: progress and submissions into the session carry it. */
  token?: string;
};

export interface Participant {
  identity: string;
  trainee: string;
  department: string | null;
  staffId: string | null;
  status: 'joined' | 'playing' | 'finished';
  scenario: string | null;
  joinedAt: string;
  seenAt: string;
  attempts: number;
}

/** The statements waiting for the organisation's LRS (src/server/lrs.ts); endpoint null when none is configured. */
export interface OutboxStatus {
  endpoint: string | null;
  pending: number;
  failed: number;
  sent: number;
  lastError: string | null;
}

export interface Filters {
  department?: string;
  scenario?: string;
  profile?: string;
  session?: string;
  /** An identity key (src/model/identity.ts). */
  trainee?: string;
  from?: string;
  to?: string;
}

export interface RateRow {
  key: string;
  name: string;
  passed: number;
  total: number;
}

/** The group discussion (trainer page): see src/server/discussion.ts. */
export interface ChoiceCount {
  /** The trainee's words ('' when a choice carried none: show the acts' glosses). */
  text: string;
  /** What the choice did (one choice may carry several acts). */
  acts: Act[];
  /** In how many attempts it decided the verdict. */
  count: number;
}

export interface DiscussionItem {
  id: PrincipleId;
  name: string;
  passed: number;
  total: number;
  /** The group's choices that decided a violation, most frequent first. */
  broke: ChoiceCount[];
  /** The group's choices that decided an upheld verdict, most frequent first. */
  kept: ChoiceCount[];
  /** What to do next time (the rule's feedback on a violation). */
  advice: string;
  citations: Citation[];
}

/** The group's record sheets (group discussion): how many were written and skipped, and per field how many got it wrong. */
export interface RecordFigures {
  written: number;
  skipped: number;
  /** Attempts with at least one mistake in the field, most missed first. */
  fields: { field: GradedField; name: string; missed: number }[];
}
