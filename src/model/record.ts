// The record the trainee writes after the encounter (対応記録シート, 発生連絡票): an optional, versioned section of the
// transcript. Gradable fields are asked in gradable shapes; free text is kept for the trainer.
import { managerTitle } from './scenarios';

export const RECORD_VERSION = 1;

/** Who can be ticked as present: the trainee and whoever came (the story's `#who` people). */
export const PRESENT = ['trainee', 'colleague', 'manager', 'police'] as const;
export type Present = (typeof PRESENT)[number];

/**
 * Who was there, in the words the HUD, the record sheet's 対応者 and its grading show. The superior who comes is
 * called as the scenario has it (managerTitle: a 係長 in some stories); the sheet is graded by the key, not the word.
 */
export function presentLabels(scenario: string | null | undefined): Readonly<Record<Present, string>> {
  return { trainee: 'あなた', colleague: '同僚', manager: managerTitle(scenario), police: '警察官' };
}

/** 対応方法, as 南陽市's sheet lists them: 来庁・電話・メール・SNS・外で対応. */
export const METHODS = ['visit', 'phone', 'mail', 'sns', 'offsite'] as const;
export type Method = (typeof METHODS)[number];

export const GENDERS = ['man', 'woman', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export interface RecordSheet {
  version: typeof RECORD_VERSION;
  /** The form filled in (src/records/forms). */
  form: string;
  /** Set when the trainee skipped the record: "not done", never a pass. */
  skipped?: true;
  /** 日時: start and end of the encounter as HH:MM on the in-game clock. */
  start?: string;
  end?: string;
  /** 対応者: who was present. */
  present?: Present[];
  /** 対応方法. */
  method?: Method;
  /** 相手の情報: what could be observed. */
  citizen?: { gender?: Gender; decade?: number; features?: string };
  /** 内容・相手の主張: for each statement offered (by id), whether the citizen really said it. */
  statements?: { id: string; said: boolean }[];
  /** 対応・時系列: the ids of the key events, in the order the trainee put them. */
  timeline?: string[];
  /** For each fact offered (by id), whether the objective wording was chosen over the impression. */
  wording?: { id: string; choice: 'fact' | 'impression' }[];
  /** The checklist items ticked, by number. */
  checklist?: number[];
  /** 今後の対応 and その他: free text for the trainer, not graded. */
  future?: string;
  other?: string;
}
