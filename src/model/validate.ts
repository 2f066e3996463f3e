// Turns untrusted JSON (a file, a request body) into a Transcript, or throws a
// TranscriptError whose message names the bad field or event in one line.
import { z } from 'zod';
import { checkRecord } from './records/grade';
import { isAct } from './acts';
import { GENDERS, METHODS, PRESENT, RECORD_VERSION } from './record';
import { canonicalAttemptId, canonicalCode, IdentityError, MAX_NAME, normaliseTrainee } from './identity';
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

/** A trainee as typed or sent: normalised (src/model/identity.ts), a problem reported at the field's path. */
export const traineeSchema = z
  // Lengths are checked again after normalisation; these bound the raw input.
  .object({ name: z.string().max(MAX_NAME * 2), department: z.string().max(MAX_NAME * 2).optional(), staffId: z.string().max(64).optional() })
  .transform((t, ctx) => {
    try {
      return normaliseTrainee(t);
    } catch (e) {
      if (!(e instanceof IdentityError)) throw e;
      ctx.addIssue({ code: 'custom', path: [e.field], message: e.reason });
      return z.NEVER;
    }
  });

// Caps at what a real play produces, with headroom. Walking every path of the eighteen stories
// (src/story/walk.ts; seeds 0–7, 194,616 paths) gives at most 43 events, 13 choices and 227
// characters of text on one event (678 bytes of UTF-8). A story that outgrows these fails the story tests.
export const MAX_EVENTS = 100;
export const MAX_TEXT = 400;
export const MAX_CHOICES = 40;
/** A play's seed and its choices, as a transcript carries them and as the game reports a finished play (the server replays them). */
export const seedSchema = z.number().int().nonnegative().max(0x7fffffff);
export const choicesSchema = z.array(z.number().int().nonnegative()).max(MAX_CHOICES);

const event = z.object({
  t: z.number().finite().nonnegative(),
  act: z.string().refine(isAct, { error: (i) => `unknown act ${JSON.stringify(i.input)}` }),
  text: z.string().max(MAX_TEXT).optional(),
  chosen: z.literal(true).optional(),
  declined: z.array(z.string().refine(isAct, { error: (i) => `unknown act ${JSON.stringify(i.input)}` })).max(60).optional(),
});

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time HH:MM (00:00–23:59)' });
const freeText = z.string().max(2000);

// The record sheet: strict, so an unknown field is named in the error (the server answers 4xx, the CLI exits 2).
const record = z.strictObject({
  version: z.literal(RECORD_VERSION, { error: (i) => `must be ${RECORD_VERSION}, got ${JSON.stringify(i.input)}` }),
  form: z.string().max(40),
  skipped: z.literal(true).optional(),
  start: clockTime.optional(),
  end: clockTime.optional(),
  present: z.array(z.enum(PRESENT)).max(PRESENT.length).optional(),
  method: z.enum(METHODS).optional(),
  citizen: z.strictObject({ gender: z.enum(GENDERS).optional(), decade: z.number().int().min(10).max(90).multipleOf(10).optional(), features: freeText.optional() }).optional(),
  statements: z.array(z.strictObject({ id: z.string().max(40), said: z.boolean() })).max(40).optional(),
  timeline: z.array(z.string().max(40)).max(60).optional(),
  wording: z.array(z.strictObject({ id: z.string().max(40), choice: z.enum(['fact', 'impression']) })).max(40).optional(),
  checklist: z.array(z.number().int().min(1).max(40)).max(40).optional(),
  future: freeText.optional(),
  other: freeText.optional(),
});

const cast = z.strictObject({
  look: z.string().regex(/^(man|woman)_[2-9]0s$/).optional(),
  arrivals: z.array(z.object({ t: z.number().finite().nonnegative(), who: z.enum(['colleague', 'manager', 'police']) })).max(20),
});

const schema = z.object({
  format: z.literal(TRANSCRIPT_FORMAT, { error: (i) => `must be "${TRANSCRIPT_FORMAT}", got ${JSON.stringify(i.input)}` }),
  profile: z.enum(PROFILE_IDS, { error: (i) => `unknown profile ${JSON.stringify(i.input)} (known: ${PROFILE_IDS.join(', ')})` }),
  channel: z.enum(CHANNELS, { error: (i) => `unknown channel ${JSON.stringify(i.input)} (known: ${CHANNELS.join(', ')})` }),
  events: z.array(event).max(MAX_EVENTS),
  // Compared case-insensitively (stored lower case). The nil and max UUIDs are no attempt's id, and an LRS
  // refuses them as a statement's (RFC 9562 variant bits).
  attemptId: z
    .uuid()
    .refine((id) => !/^([0-]+|[f-]+)$/i.test(id), { error: (i) => `${String(i.input)} (the ${/^[0-]+$/.test(String(i.input)) ? 'nil' : 'max'} UUID) is not an attempt id` })
    .transform(canonicalAttemptId)
    .optional(),
  trainee: traineeSchema.optional(),
  scenario: z.string().max(100).optional(),
  session: z.string().max(20).transform(canonicalCode).optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
  // A ten-minute play is ~600 s; a day is far beyond any real one.
  playedSeconds: z.number().finite().nonnegative().max(86_400).optional(),
  seed: seedSchema.optional(),
  choices: choicesSchema.optional(),
  cast: cast.optional(),
  record: record.optional(),
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
  const transcript = result.data as Transcript;
  if (transcript.record) {
    const problem = checkRecord(transcript, transcript.record);
    if (problem) throw new TranscriptError(`${problem[0]}: ${problem[1]}`, problem[0]);
  }
  return transcript;
}
