// Who did what an event records. The trainee did only what they chose (`chosen`); a staff act on one of the
// story's lines is someone else's: the manager who calls 110, the colleague who takes notes, or the story
// telling what happened. The debrief, its timeline and the trainer's replay all ask this one helper.
import type { TranscriptEvent } from './transcript';

/** The people a story can bring in (`#who:` tags): the same names as the speakers below. */
export const PEOPLE = ['colleague', 'manager', 'police'] as const;
export type Person = (typeof PEOPLE)[number];

export type Speaker = 'trainee' | Person | 'narration' | 'citizen';

/** How each speaker is named on the page (the trainee is named by the caller: あなた, or their name). */
export const SPEAKER_LABEL: Record<Exclude<Speaker, 'trainee'>, string> = { colleague: '同僚', manager: '上司', police: '警察官', narration: '場面', citizen: '相手' };

export function speakerLabel(speaker: Speaker, you: string): string {
  return speaker === 'trainee' ? you : SPEAKER_LABEL[speaker];
}

// Stories write a speech line as 名前「…」 (高野課長「…」, 警察官「…」, 佐藤「…」) and a stage direction as a
// sentence whose subject comes first: （渡部さんは、…書き留め始めた。）, 高野課長が、窓口に駆けつけた。
const SPEECH = /^([^「」（）()\s]{1,12})「/;
const TITLE = '(?:さん|様|課長|係長|部長|所長|室長|局長|主幹|補佐)';
const SUBJECT = new RegExp(`(あなた|警察官|[一-龯々ァ-ヶー]{1,8}?${TITLE})(?:は|が|も)`);
const MANAGER = /(?:課長|係長|部長|所長|室長|局長|主幹|補佐|上司)$/;
const POLICE = /^(?:警察官|警官|巡査)/;
const bare = (name: string) => name.replace(/(?:さん|様)$/, '');

/** The name a line speaks or acts under: 高野課長, 渡部さん, あなた; null when it names nobody. */
function actor(text: string): string | null {
  return SPEECH.exec(text)?.[1] ?? SUBJECT.exec(text)?.[1] ?? null;
}

/**
 * The speaker of each event. A transcript that marks no choice at all (recorded before `chosen` existed, or
 * written by hand) keeps the old reading: every staff act is the trainee's, every other act the citizen's.
 */
export function speakers(events: readonly TranscriptEvent[]): Speaker[] {
  const marked = events.some((e) => e.chosen);
  // The citizen's names, from their own lines: a narrated staff act whose subject is the citizen
  // (（さらにもう一度お願いしたが、小野寺さんは動かない。）) was done by no one the story names.
  const citizens = new Set(events.filter((e) => e.act.startsWith('customer.')).map((e) => SPEECH.exec(e.text ?? '')?.[1]).filter((n) => n !== undefined));
  return events.map((e): Speaker => {
    if (e.act.startsWith('customer.')) return 'citizen';
    if (e.chosen || !marked) return 'trainee';
    const name = actor(e.text ?? '');
    if (name === null || name === 'あなた' || citizens.has(bare(name))) return 'narration';
    if (POLICE.test(name)) return 'police';
    if (MANAGER.test(name)) return 'manager';
    return 'colleague';
  });
}
