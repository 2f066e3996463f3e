// The tag contract between ink stories and the game. Every tag a story may use
// is parsed here; anything else is an error the story walker reports.
import { isAct, type Act } from '../model/acts';
import { PEOPLE, type Person } from '../model/speaker';
import { CHANNELS, type Channel } from '../model/transcript';

export const MOODS = ['calm', 'irritated', 'angry', 'threatening'] as const;
export type Mood = (typeof MOODS)[number];
export { PEOPLE, type Person } from '../model/speaker';

/** How the citizen looks: `man_60s`, `woman_30s`… (drives the art; the words are the story's). */
export interface Look {
  gender: 'man' | 'woman';
  decade: number;
}

/**
 * Messages that arrive in the inbox with this line (`#mail: 111 ; 佐々木 誠 ; 【再送】職員の処分を求めます ; 900`; ink keeps `|` for its own alternatives):
 * how many, from whom, under what subject, and optionally how many minutes before now the first came in (the rest
 * evenly until now; a single message came in that long ago; the default 0: all now). The line's own text is the body of the newest of them, shown as the open message.
 */
export interface MailTag {
  count: number;
  from: string;
  subject: string;
  overMinutes: number;
}
/** At most this many messages in one tag: a day's flood, not a stress test of the list. */
export const MAIL_BATCH_MAX = 300;

export interface Tags {
  acts: Act[];
  look?: Look;
  /** Minutes of in-game time the choice or line takes. */
  minutes: number;
  mood?: Mood;
  who?: Person;
  /** Where the picture moves to (a phone call that becomes a visit); the scored channel does not change. */
  scene?: Channel;
  ending?: string;
  mail?: MailTag;
  errors: string[];
}

function parseMail(value: string): MailTag | string {
  const parts = value.split(';').map((p) => p.trim());
  if (parts.length < 3 || parts.length > 4) return `mail tag "#mail: ${value}" must be "COUNT ; FROM ; SUBJECT" or "COUNT ; FROM ; SUBJECT ; OVER_MINUTES"`;
  const [count, from, subject, over = '0'] = parts as [string, string, string, string?];
  if (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > MAIL_BATCH_MAX) return `mail count "${count}" must be a whole number from 1 to ${MAIL_BATCH_MAX}`;
  if (!from) return `mail tag "#mail: ${value}" names no sender`;
  if (!subject) return `mail tag "#mail: ${value}" has no subject`;
  if (!/^\d+$/.test(over)) return `mail time span "${over}" must be whole minutes (how long before now the messages came in)`;
  return { count: Number(count), from, subject, overMinutes: Number(over) };
}

export function parseTags(raw: readonly string[] | null | undefined): Tags {
  const out: Tags = { acts: [], minutes: 0, errors: [] };
  for (const tag of raw ?? []) {
    const m = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/.exec(tag);
    if (!m) {
      out.errors.push(`malformed tag "#${tag}" (expected "# name: value")`);
      continue;
    }
    const [, name, value] = m as unknown as [string, string, string];
    switch (name) {
      case 'act':
        if (isAct(value)) out.acts.push(value);
        else out.errors.push(`act "${value}" is not in the vocabulary (src/model/acts.ts)`);
        break;
      case 't': {
        const t = /^\+(\d+)$/.exec(value);
        if (t) out.minutes += Number(t[1]);
        else out.errors.push(`time tag "#t: ${value}" must be "+N" minutes`);
        break;
      }
      case 'mood':
        if ((MOODS as readonly string[]).includes(value)) out.mood = value as Mood;
        else out.errors.push(`mood "${value}" is not one of ${MOODS.join(', ')}`);
        break;
      case 'who':
        if ((PEOPLE as readonly string[]).includes(value)) out.who = value as Person;
        else out.errors.push(`who "${value}" is not one of ${PEOPLE.join(', ')}`);
        break;
      case 'look': {
        const l = /^(man|woman)_([2-9])0s$/.exec(value);
        if (l) out.look = { gender: l[1] as Look['gender'], decade: Number(l[2]) * 10 };
        else out.errors.push(`look "${value}" must be man_NNs or woman_NNs (20s to 90s)`);
        break;
      }
      case 'scene':
        if ((CHANNELS as readonly string[]).includes(value)) out.scene = value as Channel;
        else out.errors.push(`scene "${value}" is not one of ${CHANNELS.join(', ')}`);
        break;
      case 'mail': {
        const mail = parseMail(value);
        if (typeof mail === 'string') out.errors.push(mail);
        else out.mail = mail;
        break;
      }
      case 'ending':
        if (/^[a-z][a-z0-9_]*$/.test(value)) out.ending = value;
        else out.errors.push(`ending id "${value}" must be snake_case`);
        break;
      default:
        out.errors.push(`unknown tag "#${tag}"`);
    }
  }
  return out;
}
