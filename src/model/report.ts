// What the scoring engine reports: verdicts per principle and the encounter's timeline. The model owns
// these types (src/scoring imports them, never the other way round), with the words the pages show for them.
import type { Channel, ProfileId } from './transcript';

export type Verdict = 'upheld' | 'violated' | 'not_applicable';

/** How a verdict reads in the debrief, the trainer pages and the CSV. */
export const VERDICT_LABEL: Record<Verdict, string> = { upheld: '遵守', violated: '違反', not_applicable: '対象外' };
/** What an attempt came to (src/scoring/pass.ts decides which), in the words of the debrief and the printed records. */
export type Result = 'passed' | 'review' | 'incomplete';
export const RESULT_LABEL: Record<Result, string> = { passed: '合格', review: '要復習', incomplete: '未修了（記録未記入）' };
/** The mark beside a verdict in a list or a chip. */
export const VERDICT_MARK: Record<Verdict, string> = { upheld: '○', violated: '×', not_applicable: '−' };

export type PrincipleId =
  | 'limited_apology'
  | 'multi_staff'
  | 'manager_not_first'
  | 'listen_first'
  | 'no_argument'
  | 'no_vague_answer'
  | 'refuse_undue_demand'
  | 'time_limit'
  | 'record'
  | 'graduated_warning'
  | 'exit_and_police'
  | 'safety_first'
  | 'no_label'
  | 'filming_response'
  | 'offsite_rules'
  | 'public_private'
  | 'handover'
  | 'accommodation'
  | 'legit_complaint'
  | 'admit_error'
  | 'org_decision'
  | 'aftercare'
  | 'record_sheet'
  | 'staff_care'
  | 'report_upward';

/** A passage of one municipality's document that a verdict rests on. */
export interface Citation {
  /** Short name of the document, e.g. 奥州市カスハラ対応マニュアル（案）. */
  doc: string;
  /** Section as the document numbers it, e.g. 第3 2(1)ウ. */
  section: string;
  /** The passage itself, quoted from ../shared/manuals. */
  quote: string;
  /** Only for encounters on these channels (a document's 対面 and 電話 passages differ); absent: every channel. */
  channels?: readonly Channel[];
}

export interface PrincipleResult {
  id: PrincipleId;
  name: string;
  verdict: Verdict;
  events: number[];
  /** Set when this violation is a critical failure that capped the score. */
  critical?: boolean;
  /** What exactly was wrong, one line each (the record sheet's fields). */
  details?: string[];
  source: string;
  citations: Citation[];
  feedback: string;
}

export interface Timeline {
  /** Seconds: first harassment cue, or null. */
  harassmentBegan: number | null;
  /** Seconds: when the time limit fell due, or null. */
  limitDue: number | null;
  /** Seconds: when the limit's clock started (the cue, the judgement or the meeting's start, by document); absent in older reports. */
  limitFrom?: number;
  /** Seconds: the first ending act or the citizen leaving, or null. */
  responseEnded: number | null;
  /** Seconds: the last event. */
  encounterEnded: number;
}

export interface Report {
  format: 'madoguchi.report/1';
  profile: ProfileId;
  score: number;
  /** Principles whose violation capped the score. */
  critical: PrincipleId[];
  /**
   * Tasks of the attempt the trainee skipped (today only `record_sheet`: the self-study player may skip the record).
   * A skipped task is "not done": the attempt cannot pass (src/scoring/pass.ts). Absent when nothing was skipped.
   */
  incomplete?: PrincipleId[];
  principles: PrincipleResult[];
  timeline: Timeline;
}
