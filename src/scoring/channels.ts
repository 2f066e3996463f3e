// How each channel meets the principles that depend on being face to face. Data, read by the rules, the HUD and the
// debrief, so a fourth channel is one row here rather than an `if` in every rule.
import type { Act } from '../model/acts';
import type { Channel } from '../model/transcript';

export interface ChannelRules {
  /**
   * Whether the document's time limit applies. 南陽市 5 sets 30 minutes for 対面 and 電話 (「対面 30分　電話 30分」):
   * a meeting or a call that runs on. Mail in an inbox has no such stretch: it is answered, or not, between other work.
   */
  timed: boolean;
  /** Whether the citizen's conduct arrives in writing, kept as it was sent (a profile's policeAfterInWriting applies). */
  written: boolean;
  /**
   * Who makes the response a response by more than one (multi_staff): a colleague beside the trainee (counter, door);
   * nobody on the phone (南陽市 4 「電話では原則として最初に受けた職員が対応」); on mail the 係長 consulted before an
   * answer or a decision goes out (南陽市 3 「上司等に報告・相談することで組織的に対処します」).
   */
  company: 'beside' | 'none' | 'consulted';
  /** Whether ending the response is the organisation's decision (org_decision): at the counter, and on mail where it is deciding to stop answering a sender. */
  orgDecision: boolean;
  /**
   * What must have been said before the police are called over conduct without danger (exit_and_police): the exit
   * order at the counter; on the phone that the call would end (奥州市 第4 1(2)③); on mail that further mails of the
   * kind will not be answered and are 業務妨害 (南陽市 7(3) 執拗な要求 「これ以上対応できない旨を明確に伝える」).
   */
  policeNotice: readonly Act[];
  /**
   * What keeps the record (record): on mail the messages themselves, preserved with their dates and senders
   * (南陽市 4 「記録をつける ※…SNSのスクリーンショットなど」, 7(3) 「投稿日時…を正確に記録し証拠として残す」); a note of them is no record.
   */
  recordedBy: readonly Act[];
}

const FACE_TO_FACE_RECORD: readonly Act[] = ['staff.announce_recording', 'staff.take_notes', 'staff.preserve_evidence'];

export const CHANNEL_RULES: Readonly<Record<Channel, ChannelRules>> = {
  counter: { timed: true, written: false, company: 'beside', orgDecision: true, policeNotice: ['staff.order_leave'], recordedBy: FACE_TO_FACE_RECORD },
  phone: { timed: true, written: false, company: 'none', orgDecision: false, policeNotice: ['staff.warn', 'staff.final_warning', 'staff.hang_up'], recordedBy: FACE_TO_FACE_RECORD },
  offsite: { timed: true, written: false, company: 'beside', orgDecision: false, policeNotice: ['staff.order_leave'], recordedBy: FACE_TO_FACE_RECORD },
  mail: { timed: false, written: true, company: 'consulted', orgDecision: true, policeNotice: ['staff.warn', 'staff.final_warning'], recordedBy: ['staff.preserve_evidence'] },
};
