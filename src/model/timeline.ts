// What the encounter's time axis shows, worked out once for both drawings of it: the debrief's Phaser
// scene (src/scenes/DebriefScene.ts) and the trainer's SVG (src/trainer/views/attempt.ts).
import type { Report } from './report';
import { speakers, type Speaker } from './speaker';
import type { Transcript } from './transcript';

export interface TimelineMark {
  /** The event's index in the transcript. */
  index: number;
  t: number;
  speaker: Speaker;
  /** Violated when any principle it decided was violated, else upheld when one was upheld, else null. */
  verdict: 'upheld' | 'violated' | null;
}

export interface TimelinePlot {
  /** Seconds the axis spans: the encounter and its time limit, at least ten minutes. */
  end: number;
  /** Minutes between the times written under the axis: 10, or more for a long day (an inbox from 10:00 to 17:15), so they do not collide. */
  labelEvery: number;
  /** From the first harassment cue to the time limit, when there was harassment. */
  window: { from: number; to: number } | null;
  /** Every staff act on the clock: the trainee's choices, and what the rest of the staff side did. */
  marks: TimelineMark[];
}

export function timelinePlot(transcript: Transcript, report: Report): TimelinePlot {
  const { harassmentBegan, limitDue, encounterEnded } = report.timeline;
  const verdict = new Map<number, TimelineMark['verdict']>();
  for (const p of report.principles) {
    for (const i of p.events) {
      if (p.verdict === 'violated') verdict.set(i, 'violated');
      else if (p.verdict === 'upheld' && !verdict.has(i)) verdict.set(i, 'upheld');
    }
  }
  const who = speakers(transcript.events);
  const end = Math.max(encounterEnded, limitDue ?? 0, 600);
  return {
    end,
    labelEvery: end <= 3 * 3600 ? 10 : end <= 6 * 3600 ? 30 : 60,
    window: harassmentBegan !== null && limitDue !== null ? { from: report.timeline.limitFrom ?? harassmentBegan, to: limitDue } : null,
    marks: transcript.events.flatMap((e, index) => (e.act.startsWith('staff.') ? [{ index, t: e.t, speaker: who[index]!, verdict: verdict.get(index) ?? null }] : [])),
  };
}
