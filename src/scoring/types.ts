import type { Citation, PrincipleId, Verdict } from '../model/report';
import type { Channel, ProfileId } from '../model/transcript';

// The report's own types live in src/model (the game, the trainer pages and the server read reports
// without the engine); re-exported here so the engine's modules keep one import.
export type { Citation, PrincipleId, PrincipleResult, Report, Timeline, Verdict } from '../model/report';

export interface Profile {
  id: ProfileId;
  /** Municipality, e.g. 奥州市. */
  name: string;
  /** Minutes from the first harassment cue after which the response should end. */
  timeLimitMinutes: number;
  /** How a phone call is cut off: a warning then 切電, or 南陽市's 警告 → 最終通告 → 切電 → 報告. */
  phoneProcedure: 'warn_then_hang_up' | 'nanyo_four_steps';
  /** The principles this municipality's document supports, each with its passages. */
  citations: Partial<Record<PrincipleId, Citation[]>>;
}

export interface Finding {
  verdict: Verdict;
  /** Indexes of the events that decided the verdict. */
  events: number[];
  /** A critical failure caps the score: no police after violence, giving in to 土下座, a fair complaint treated as harassment. */
  critical?: boolean;
}

export interface RuleContext {
  readonly channel: Channel;
  readonly profile: Profile;
  readonly acts: readonly string[];
  readonly times: readonly number[];
  /** Index of the first harassment cue, or -1. */
  readonly firstCue: number;
}

export interface Rule {
  id: PrincipleId;
  /** Japanese name, as training leads know it. */
  name: string;
  /** One sentence on what the rule checks, in Japanese, for docs/principles.md. */
  summary: string;
  weight: number;
  feedback: { upheld: string; violated: string };
  evaluate(ctx: RuleContext): Finding;
}
