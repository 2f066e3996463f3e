import type { Citation, PrincipleId, Verdict } from '../model/report';
import type { CustomerAct } from '../model/acts';
import type { Channel, ProfileId, Transcript } from '../model/transcript';

// The report's own types live in src/model (the game, the trainer pages and the server read reports
// without the engine); re-exported here so the engine's modules keep one import.
export type { Citation, PrincipleId, PrincipleResult, Report, Timeline, Verdict } from '../model/report';

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
  /**
   * Conduct received in writing (mail, a web form) that the document takes to the police besides policeAfter: a threat
   * in a mail is a crime on record, not talk to calm (南陽市 7(2) 「違法性のある迷惑行為であれば…警察と連携して厳正に対処」,
   * 参考資料(2) 脅迫罪 「職員やその家族等に対して「殺す」と脅す」). Read through forChannel.
   */
  policeAfterInWriting?: readonly CustomerAct[];
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
  /**
   * 南陽市 6(1)⑤ 「相手の怒りが収まらない場合、躊躇せず別の担当者や上位者に代わる」 with 2 「その言動の鎮静化を図る努力をし」 and
   * 2 <注意> (the staff side may be at fault): once the city's error is confirmed, anger that goes on is handed to a superior
   * before the call or the response is ended (graduated_warning).
   */
  handOverOnGrievance: boolean;
  /**
   * 仙台市 対応中止の例 「同一の趣旨の質問に対し、丁寧かつ合理的な説明を繰り返しても、理解や納得が得られない場合 これ以上対応
   * できない旨を説明したうえで…対応を終了します」: a document that sets no minutes says instead when a repeated demand is ended
   * (graduated_warning: answered twice and still repeated, the response must end).
   */
  endsRepeatedDemand: boolean;
  /**
   * Conduct this document tells staff to meet with accommodation before any warning: a sign of disability everywhere
   * (障害者差別解消法 第7条第2項), and where the document names foreign residents among the characteristics to respond to
   * (奥州市 第3 1(1) 「高齢者や障がい者、外国人など相手方の特性に応じて」), a language barrier too.
   */
  characteristicSigns: readonly CustomerAct[];
  /** The principles this municipality's document supports, each with its passages. */
  citations: Partial<Record<PrincipleId, Citation[]>>;
}

export interface Finding {
  verdict: Verdict;
  /** Indexes of the events that decided the verdict. */
  events: number[];
  /** A critical failure caps the score: no police after violence, giving in to 土下座 or money, a fair complaint or conduct a disability explains met by ending, expelling or the police. */
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
  /** Points a violation costs (25 serious, 15 moderate, 10 minor, 5 slight); an upheld principle adds nothing. */
  weight: number;
  feedback: { upheld: string; violated: string };
  /** Set when every scenario tests the principle whenever it applies (the record sheet ends every scenario). */
  alwaysTested?: true;
  /**
   * Set on the rules that judge how harassment was met (warnings, the exit order and the police, the time limit).
   * Where a sign the profile names among its characteristics explains the conduct and the trainee never
   * accommodated it, the conduct is not harassment to be met so: treating it so is the accommodation rule's
   * violation, and these rules are not applicable (score.ts), rather than teach warnings and the police for a
   * disabled citizen (南陽市 2 「障がいに関与していることが明らかな場合は、安易にカスタマーハラスメントとして認定すべきではない」;
   * 障害者差別解消法 第7条第2項).
   */
  harassmentProcedure?: true;
  evaluate(ctx: RuleContext): Finding;
}
