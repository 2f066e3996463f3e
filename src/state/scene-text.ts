// The scene in words: what the canvas shows (clock, time limit, the citizen's mood, who is at the
// counter), for the HUD and for a screen reader, which cannot see the canvas.
import { limitClockSeconds, type LimitRule } from '../scoring/profiles';
import type { Mood, Person } from '../story/tags';
import { inboxOf, inboxText } from './inbox';
import type { GameState } from './store';

export const MOOD_LABEL: Record<Mood, string> = { calm: '落ち着いている', irritated: 'いらだっている', angry: '怒っている', threatening: '威圧的' };
export const PERSON_LABEL: Record<Person, string> = { colleague: '同僚', manager: '課長', police: '警察官' };

// Short: the caption sits under the wall clock on the canvas (docs/principles.md says it in full).
const FROM: Record<LimitRule['timeLimitFrom'], string> = { first_cue: '兆候から', judged: '判断から', start: '面談開始から' };

/** The time limit as the wall clock's caption: none set, not yet started, minutes left, or minutes over. `start` from limitClockSeconds. */
export function limitText(clockSeconds: number, start: number | null, rule: LimitRule): { text: string; over: boolean } {
  const minutes = rule.timeLimitMinutes;
  if (minutes === null) return { text: '目安：時間の定めなし', over: false };
  if (start === null) return { text: `目安：${FROM[rule.timeLimitFrom]}${minutes}分`, over: false };
  const left = Math.ceil(start / 60 + minutes - clockSeconds / 60);
  return { text: left >= 0 ? `目安まで あと${left}分` : `目安を ${-left}分 超過`, over: clockSeconds / 60 > start / 60 + minutes };
}

export function staffText(present: readonly Person[]): string {
  return present.length ? `対応：あなた、${present.map((p) => PERSON_LABEL[p]).join('、')}` : '対応：あなた（一人）';
}

/** One sentence for a screen reader after each step: time, limit, mood, who is with the trainee, and the inbox where there is one. */
export function sceneSummary(s: Pick<GameState, 'clock' | 'events' | 'mood' | 'present'> & { lines?: GameState['lines'] }, rule: LimitRule): string {
  // An inbox the story filled (#mail) is told too: the canvas draws it, a screen reader cannot see it.
  const inbox = s.lines ? inboxText(inboxOf(s.lines), s.events) : '';
  return [`経過 ${Math.floor(s.clock / 60)}分`, limitText(s.clock, limitClockSeconds(rule, s.events), rule).text, `相手：${MOOD_LABEL[s.mood]}`, staffText(s.present), ...(inbox ? [inbox] : [])].join('。') + '。';
}
