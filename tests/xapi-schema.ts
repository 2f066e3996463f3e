// The one statement shape Madoguchi writes, strictly: no field beyond it, every IRI absolute and of the
// expected form (Learning Locker's validator only asks an IRI to start with "word:"), the homePage a URL,
// the UUIDs RFC 9562 and not nil, the timestamp not in the future, and the fields that must agree agreeing.
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// RFC 3987 absolute IRI: a scheme, then no white space, controls or the characters IRIs exclude.
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f-\u009f]+$/;
const iri = (shape: RegExp) => z.string().regex(IRI, 'not an absolute IRI').regex(shape, `not of the form ${shape}`);
const DURATION = /^PT(\d+(\.\d{1,2})?)S$/;
const CODE = /^[2-9A-HJKMNP-Z]{6}$/;

const url = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.href === s;
  } catch {
    return false;
  }
}, 'not a normalised http(s) URL');

const langMap = (...langs: string[]) => z.strictObject(Object.fromEntries(langs.map((l) => [l, z.string().min(1)])));
const EXT = 'urn:madoguchi:';
// Written out, not imported: the schema is the contract an LRS sees, so a renamed field must fail here.
const RECORD_FIELDS = ['datetime', 'present', 'method', 'citizen', 'statements', 'wording', 'timeline', 'checklist'];

export const statementSchema = z
  .strictObject({
    id: z.string().regex(UUID),
    actor: z.strictObject({ objectType: z.literal('Agent'), name: z.string().min(1), account: z.strictObject({ homePage: url, name: z.string().min(1) }) }),
    verb: z.strictObject({ id: z.literal('http://adlnet.gov/expapi/verbs/completed'), display: langMap('ja-JP', 'en-US') }),
    object: z.strictObject({
      objectType: z.literal('Activity'),
      id: iri(/^urn:madoguchi:scenario:[a-z0-9-]+$/),
      definition: z.strictObject({ type: z.literal('http://adlnet.gov/expapi/activities/simulation'), name: langMap('ja-JP'), description: langMap('ja-JP').optional() }),
    }),
    result: z.strictObject({
      score: z.strictObject({ scaled: z.number().min(0).max(1), raw: z.number().int().min(0).max(100), min: z.literal(0), max: z.literal(100) }),
      success: z.boolean(),
      // False when the trainee skipped the record sheet: not done (and then never a success, refined below).
      completion: z.boolean(),
      duration: z.string().regex(DURATION).optional(),
      extensions: z.strictObject({
        [`${EXT}principles`]: z.record(z.string().regex(/^[a-z_]+$/), z.enum(['upheld', 'violated', 'not_applicable'])),
        [`${EXT}critical`]: z.array(z.string()),
        [`${EXT}in-game-duration`]: z.string().regex(DURATION),
        // The record sheet: skipped, or written with the mistakes per graded field.
        [`${EXT}record`]: z
          .discriminatedUnion('state', [
            z.strictObject({ state: z.literal('skipped') }),
            z.strictObject({ state: z.literal('written'), mistakes: z.strictObject(Object.fromEntries(RECORD_FIELDS.map((f) => [f, z.number().int().min(0)]))) }),
          ])
          .optional(),
      }),
    }),
    context: z.strictObject({
      registration: z.string().regex(UUID),
      platform: z.literal('Madoguchi'),
      language: z.literal('ja-JP'),
      contextActivities: z
        .strictObject({ grouping: z.tuple([z.strictObject({ objectType: z.literal('Activity'), id: iri(new RegExp(`^urn:madoguchi:session:${CODE.source.slice(1, -1)}$`)) })]) })
        .optional(),
      extensions: z.strictObject({
        [`${EXT}profile`]: z.string().regex(/^[a-z]+$/),
        [`${EXT}department`]: z.string().min(1).optional(),
        [`${EXT}seed`]: z.number().int().optional(),
      }),
    }),
    timestamp: z.iso.datetime().refine((t) => Date.parse(t) <= Date.now(), 'in the future'),
  })
  .refine((s) => s.context.registration === s.id, { message: 'registration is not the attempt id', path: ['context', 'registration'] })
  .refine((s) => s.result.score.scaled === s.result.score.raw / 100, { message: 'scaled is not raw / 100', path: ['result', 'score', 'scaled'] })
  .refine((s) => s.result.completion || !s.result.success, { message: 'an attempt not completed cannot be a success', path: ['result', 'success'] })
  .refine((s) => s.result.completion === (s.result.extensions[`${EXT}record`]?.state !== 'skipped'), { message: 'completion does not follow the record sheet', path: ['result', 'completion'] });
