import type { CustomerAct } from '../model/acts';
import type { Channel, ProfileId, Transcript } from '../model/transcript';

export type Verdict = 'upheld' | 'violated' | 'not_applicable';

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
  | 'record_sheet';

/** A passage of one municipality's document that a verdict rests on. */
export interface Citation {
  /** Short name of the document, e.g. 奥州市カスハラ対応マニュアル（案）. */
  doc: string;
  /** Section as the document numbers it, e.g. 第3 2(1)ウ. */
  section: string;
  /** The passage itself, quoted from ../shared/manuals. */
  quote: string;
}

export interface Profile {
  id: ProfileId;
  /** Municipality, e.g. 奥州市. */
  name: string;
  /** The document's time limit in minutes, or null where it names no number (time_limit is then not scored). */
  timeLimitMinutes: number | null;
  /**
   * Where the clock starts: at the first harassment cue (南陽市 「著しい迷惑行為が30分を超えたら」); when the conduct is
   * judged to be harassment (奥州市 「カスハラと判断してから」: a warning, a report, or the conduct repeated); or, once it
   * is so judged, from the start of the meeting (由利本荘市 「面談等（電話も含む）の時間は、原則として３０分以内」).
   */
  timeLimitFrom: 'first_cue' | 'judged' | 'start';
  /** What the limit asks: that the response has ended, or (南陽市 5) that the exit or 切電 procedure has begun. */
  timeLimitRequires: 'end' | 'begin_exit';
  /** How a phone call is cut off: a warning then 切電, or 南陽市's 警告 → 最終通告 → 切電 → 報告. */
  phoneProcedure: 'warn_then_hang_up' | 'nanyo_four_steps';
  /** Conduct after which this document has staff call the police, beside violence and damage (奥州市 第3 2(3)イ 脅迫; 由利本荘市 4(2)③④). */
  policeAfter: readonly CustomerAct[];
  /** After violence: the police 「ただちに」, before anything but safety (奥州市 第4 1(10)②, 南陽市 7(3), 由利本荘市 4(2)④). */
  policeAtOnce: boolean;
  /** After violence: keep a distance first (奥州市 第4 1(10)①, 由利本荘市 4(2)④, 南陽市 7(1)② 引き離し). */
  distanceFirst: boolean;
  /** A vague promise to an undue demand counts as giving in (奥州市 第4 1(5)① 不用意な発言はしない; 南陽市 7(3) その場逃れの安易な妥協をしない). */
  vagueIsGivingIn: boolean;
  /** 南陽市 7(2)④: a 最終警告 comes between the exit order and the call to the police. */
  finalWarningBeforePolice: boolean;
  /** 由利本荘市 4(2): its prescribed warning is that the conduct is カスハラ, so saying so is a warning, not a slip. */
  labelIsWarning: boolean;
  /** 南陽市 6(1)⑤ 「躊躇せず別の担当者や上位者に代わる」: after a report, handing over on demand is right; elsewhere the handler answers first (奥州市 第3 2(1)ウ). */
  handOverAfterReport: boolean;
  /** The principles this municipality's document supports, each with its passages. */
  citations: Partial<Record<PrincipleId, Citation[]>>;
}

export interface Finding {
  verdict: Verdict;
  /** Indexes of the events that decided the verdict. */
  events: number[];
  /** A critical failure caps the score: no police after violence, giving in to 土下座 or money, a fair complaint treated as harassment. */
  critical?: boolean;
  /** What exactly was wrong, one line each (the record sheet's fields). */
  details?: string[];
}

export interface RuleContext {
  readonly channel: Channel;
  readonly profile: Profile;
  readonly acts: readonly string[];
  readonly times: readonly number[];
  /** Indexes of the harassment cues (model/acts cueIndexes), and the first of them or -1. */
  readonly cues: readonly number[];
  readonly firstCue: number;
  /** The transcript itself, for rules that read more than the acts (the record sheet). */
  readonly transcript: Transcript;
}

export interface Rule {
  id: PrincipleId;
  /** Japanese name, as training leads know it. */
  name: string;
  /** One sentence on what the rule checks, in Japanese, for docs/principles.md. */
  summary: string;
  /** Points a violation costs (25 serious, 15 moderate, 10 minor, 5 slight); an upheld principle adds nothing. */
  weight: number;
  feedback: { upheld: string; violated: string };
  /** Set when every scenario tests the principle whenever it applies (the record sheet ends every scenario). */
  alwaysTested?: true;
  evaluate(ctx: RuleContext): Finding;
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
  principles: PrincipleResult[];
  timeline: Timeline;
}
