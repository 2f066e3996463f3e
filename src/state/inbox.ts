// The inbox as the story has filled it (`#mail:` tags on its lines): each message with its sender, subject and time
// on the wall clock, newest first. The mail scene draws it and the screen reader is told it in words.
import type { TranscriptEvent } from '../model/transcript';
import type { Line } from '../story/runner';

export interface Message {
  from: string;
  subject: string;
  /** Minutes on the wall clock from Monday 00:00 of the story's day; negative for the days before. */
  minute: number;
  /** The body, on the newest message of each `#mail:` line (what the line quotes 「…」); near-identical copies carry none. */
  body?: string;
}

const DAYS = ['月', '火', '水', '木', '金', '土', '日'];

/** 「金 17:02」: the weekday is shown because a weekend's flood spans days. */
export function mailTime(minute: number): string {
  const day = Math.floor(minute / 1440);
  const m = minute - day * 1440;
  return `${DAYS[((day % 7) + 7) % 7]} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export interface Inbox {
  /** Every message so far, newest first. */
  list: Message[];
  /** The message the story showed last (the newest of the last `#mail:` line), or null before any. */
  open: Message | null;
}

/**
 * A batch of N arrives spread evenly over its span: the first OVER minutes before the line, the last with it.
 * `start`: when the encounter began, in minutes after midnight of the story's day (scenarioStart).
 */
export function inboxOf(lines: readonly Pick<Line, 'mail' | 't' | 'text'>[], start: number): Inbox {
  const out: Message[] = [];
  let open: Message | null = null;
  // A line of narration (「同じ件名のメールが届き続けている」) carries no body of its own: its copies read as the last
  // message from that sender under that subject did.
  const bodies = new Map<string, string>();
  for (const line of lines) {
    if (!line.mail) continue;
    const { count, from, subject, overMinutes } = line.mail;
    const said = /「(.*)」\s*$/s.exec(line.text)?.[1];
    if (said) bodies.set(`${from}\n${subject}`, said);
    const body = said ?? bodies.get(`${from}\n${subject}`) ?? line.text;
    const now = start + Math.floor(line.t / 60);
    for (let i = 0; i < count; i++) {
      // The first came OVER minutes ago, the rest evenly until now (a single message: OVER minutes ago).
      const minute = now - overMinutes + (count > 1 ? Math.round((overMinutes * i) / (count - 1)) : 0);
      const message: Message = { from, subject, minute, ...(i === count - 1 ? { body } : {}) };
      out.push(message);
      if (i === count - 1) open = message;
    }
  }
  return { list: out.sort((a, b) => b.minute - a.minute), open };
}

// What the trainee sent (an answer, a refusal, a notice) and what was kept as evidence: the folders' counts.
const SENDING = new Set(['staff.explain', 'staff.refuse', 'staff.apologize_limited', 'staff.apologize_full', 'staff.promise_vague', 'staff.concede', 'staff.argue', 'staff.retort', 'staff.warn', 'staff.final_warning', 'staff.end_response']);

export interface Folders {
  inbox: number;
  /** The sender who sent the most, and how many of the inbox are theirs. */
  top: { from: string; count: number } | null;
  /** Messages kept as evidence: all that had arrived when the trainee preserved them. */
  saved: number;
  /** Replies the trainee chose to send (one a decision). */
  sent: number;
}

export function foldersOf(messages: readonly Message[], events: readonly TranscriptEvent[], start: number): Folders {
  const by = new Map<string, number>();
  for (const m of messages) by.set(m.from, (by.get(m.from) ?? 0) + 1);
  let top: Folders['top'] = null;
  for (const [from, count] of by) if (!top || count > top.count) top = { from, count };
  const chosenAt = new Set(events.filter((e) => e.chosen && SENDING.has(e.act)).map((e) => e.t));
  const saves = events.filter((e) => e.act === 'staff.preserve_evidence').map((e) => start + Math.floor(e.t / 60));
  const saved = saves.length ? messages.filter((m) => m.minute <= Math.max(...saves)).length : 0;
  return { inbox: messages.length, top, saved, sent: chosenAt.size };
}

/** The inbox in one sentence for a screen reader: how many, from whom most, and the open message. */
export function inboxText({ list, open }: Inbox, events: readonly TranscriptEvent[], start: number): string {
  if (!open) return '';
  const f = foldersOf(list, events, start);
  const top = f.top && f.top.count > 1 ? `（うち ${f.top.from} から ${f.top.count}通）` : '';
  return `受信トレイ ${f.inbox}通${top}。開いているメール：${open.from}「${open.subject}」${mailTime(open.minute)}。保存 ${f.saved}通、送信済み ${f.sent}通`;
}
