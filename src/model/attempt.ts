import type { PrincipleId, Report, Verdict } from '../scoring/types';
import type { Transcript } from './transcript';

/** One attempt as the trainer pages list it. */
export interface AttemptSummary {
  id: string;
  createdAt: string;
  trainee: string;
  department: string | null;
  scenario: string | null;
  profile: string;
  session: { id: string; code: string; name: string; kind: SessionKind } | null;
  score: number;
  passed: boolean;
  principles: { id: PrincipleId; name: string; verdict: Verdict }[];
}

export interface AttemptDetail extends AttemptSummary {
  transcript: Transcript;
  report: Report;
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
  createdAt: string;
}

/** What a trainee's browser learns about a session when joining: no other trainee's data. */
export type SessionForTrainee = Pick<TrainingSession, 'code' | 'name' | 'profile' | 'scenarios' | 'contentNotes'>;

export interface Participant {
  trainee: string;
  department: string | null;
  status: 'joined' | 'playing' | 'finished';
  scenario: string | null;
  joinedAt: string;
  seenAt: string;
  attempts: number;
}

export interface Filters {
  department?: string;
  scenario?: string;
  profile?: string;
  session?: string;
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
