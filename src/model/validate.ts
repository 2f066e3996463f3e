// Turns untrusted JSON (a file, a request body) into a Transcript, or throws a
// TranscriptError whose message names the bad field or event in one line.
import { z } from 'zod';
import { isAct } from './acts';
import { CHANNELS, PROFILE_IDS, TRANSCRIPT_FORMAT, type Transcript } from './transcript';

export class TranscriptError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'TranscriptError';
  }
}

// Caps at what a real play produces, with headroom. Walking every path of the eighteen stories
// (src/story/walk.ts; seeds 0–7, 194,616 paths) gives at most 43 events, 13 choices and 227
// characters of text on one event (678 bytes of UTF-8). A story that outgrows these fails the story tests.
export const MAX_EVENTS = 100;
export const MAX_TEXT = 400;
export const MAX_CHOICES = 40;

const event = z.object({
  t: z.number().finite().nonnegative(),
  act: z.string().refine(isAct, { error: (i) => `unknown act ${JSON.stringify(i.input)}` }),
  text: z.string().max(MAX_TEXT).optional(),
  chosen: z.literal(true).optional(),
});

const schema = z.object({
  format: z.literal(TRANSCRIPT_FORMAT, { error: (i) => `must be "${TRANSCRIPT_FORMAT}", got ${JSON.stringify(i.input)}` }),
  profile: z.enum(PROFILE_IDS, { error: (i) => `unknown profile ${JSON.stringify(i.input)} (known: ${PROFILE_IDS.join(', ')})` }),
  channel: z.enum(CHANNELS, { error: (i) => `unknown channel ${JSON.stringify(i.input)} (known: ${CHANNELS.join(', ')})` }),
  events: z.array(event).max(MAX_EVENTS),
  attemptId: z.uuid().optional(),
  trainee: z.object({ name: z.string().min(1).max(100), department: z.string().max(100).optional() }).optional(),
  scenario: z.string().max(100).optional(),
  session: z.string().max(20).optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
  seed: z.number().int().nonnegative().max(0x7fffffff).optional(),
  choices: z.array(z.number().int().nonnegative()).max(MAX_CHOICES).optional(),
});

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

export function parseTranscript(data: unknown): Transcript {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = pathOf(issue.path) || 'transcript';
    throw new TranscriptError(`${where}: ${issue.message}`, where);
  }
  const events = result.data.events;
  for (let i = 1; i < events.length; i++) {
    if (events[i]!.t < events[i - 1]!.t) {
      throw new TranscriptError(
        `events[${i}].t: time goes backwards (${events[i]!.t} after ${events[i - 1]!.t})`,
        `events[${i}].t`,
      );
    }
  }
  return result.data as Transcript;
}
