// The scene in words: what the canvas shows (clock, time limit, the citizen's mood, who is at the
// counter), for the HUD and for a screen reader, which cannot see the canvas.
import { presentLabels } from '../model/record';
import { scenarioStart } from '../model/scenarios';
import { limitClockSeconds, type LimitRule } from '../scoring/profiles';
import type { Mood, Person } from '../story/tags';
import { inboxOf, inboxText } from './inbox';
import type { GameState } from './store';

export const MOOD_LABEL: Record<Mood, string> = { calm: '落ち着いている', irritated: 'いらだっている', angry: '怒っている', threatening: '威圧的' };

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

/** Who is with the trainee, as the scenario calls them (the 係長 who came is not a 課長). */
export function staffText(present: readonly Person[], scenario: string | null | undefined): string {
  const labels = presentLabels(scenario);
  return present.length ? `対応：${labels.trainee}、${present.map((p) => labels[p]).join('、')}` : `対応：${labels.trainee}（一人）`;
}

/** One sentence for a screen reader after each step: time, limit, mood, who is with the trainee, and the inbox where there is one. */
export function sceneSummary(s: Pick<GameState, 'clock' | 'events' | 'mood' | 'present'> & { lines?: GameState['lines']; scenarioId?: string | null }, rule: LimitRule): string {
  // An inbox the story filled (#mail) is told too: the canvas draws it, a screen reader cannot see it.
  const start = scenarioStart(s.scenarioId);
  const inbox = s.lines ? inboxText(inboxOf(s.lines, start), s.events, start) : '';
  return [`経過 ${Math.floor(s.clock / 60)}分`, limitText(s.clock, limitClockSeconds(rule, s.events), rule).text, `相手：${MOOD_LABEL[s.mood]}`, staffText(s.present, s.scenarioId), ...(inbox ? [inbox] : [])].join('。') + '。';
}
