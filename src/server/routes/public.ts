// What a trainee's browser may call: scenarios, joining a session, progress, and submitting an attempt.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TrainingSession } from '../../model/attempt';
import { SCENARIOS, scenarioById } from '../../model/scenarios';
import { identityKey } from '../../model/identity';
import { choicesSchema, parseTranscript, seedSchema, traineeSchema, TranscriptError } from '../../model/validate';
import { score } from '../../scoring/score';
import type { Attempts } from '../attempts';
import { ConflictError } from '../attempts';
import { RATE } from '../limits';
import type { Replayable } from '../replay-check';
import type { ReplayPool } from '../replay-pool';
import { scoreForStore, type Scored } from '../scored';
import type { StatementContext } from '../statement';
import type { StoryVersions } from '../story-versions';
import type { Sessions, TokenHolder } from '../sessions';
import { badRequest, HttpError, parseBody } from './errors';

const join = z.object({ code: z.string().trim().min(4).max(12), trainee: traineeSchema });
// The trainee's fields (name, department, staffId) as query parameters, and the scenario.
const variantQuery = z.object({ scenario: z.string().max(100) });
// Who is reporting comes from their token; a `trainee` sent by an older page is ignored.
// One sent must still be a trainee (identity.ts): a white-space-only name is refused, naming the field.
// At the ending the game adds the play's seed and choices (`ending`): the server replays it while the trainee
// writes the record sheet, so the room's submissions, which come together, are only compared (replay-pool.ts).
const progress = z.object({
  trainee: traineeSchema.optional(),
  status: z.enum(['joined', 'playing', 'finished']),
  scenario: z.string().max(100).optional(),
  ending: z.strictObject({ seed: seedSchema, choices: choicesSchema }).optional(),
});
/** A start time this far ahead of the server's clock is a PC clock set wrong, or a forgery: xAPI has no future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A submission's body as sent: the transcript, and (from a forged or stale page only) a score it claims. */
type Submitted = { transcript?: unknown; report?: { score?: unknown } };
/** A submission that may be stored: its attempt id, what it scores, and the session it belongs to (none in self-study). */
type Checked = { id: string; scored: Scored; sessionId: string | null };

const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });

declare module 'fastify' {
  interface FastifyRequest {
    /** Who the request's trainee token (Authorization: Bearer …) was issued to; null without one. */
    holder: TokenHolder | null;
  }
}

/** Refuses a scenario the session does not include, naming the field that carried it. */
function inSession(s: TrainingSession, scenario: string, field: string): void {
  if (!s.scenarios.includes(scenario)) throw badRequest(`${field}: "${scenario}" is not part of session ${s.code}`);
}

const noSession = (code: string) => new HttpError(404, `code: no training session has the code "${code}"`);
const closed = (s: TrainingSession) => new HttpError(410, `code: session ${s.code} is closed`);

export function publicRoutes(
  app: FastifyInstance,
  attempts: Attempts,
  sessions: Sessions,
  commit: <T>(run: () => T) => Promise<T>,
  diskOk: () => Promise<void>,
  replays: ReplayPool,
  versions: StoryVersions,
): void {
  /** A session a trainee may still use by its code: open, existing. */
  const openSession = (code: string): TrainingSession => {
    const s = sessions.byCode(code);
    if (!s) throw noSession(code);
    if (s.closedAt) throw closed(s);
    return s;
  };

  // The trainee token is checked before the body is read (onRequest): a bad token costs no parsing.
  app.decorateRequest('holder', null);
  const readToken = async (req: FastifyRequest) => {
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!m) return;
    req.holder = sessions.tokenHolder(m[1]!);
    if (!req.holder) throw new HttpError(401, 'token: not a token this server issued (join the session again)');
  };

  /**
   * A play is real if the story gives its events: the story served now, or one served before an update (an attempt
   * kept in a browser's outbox meanwhile: src/server/story-versions.ts). Refused by all, it gets the current one's 422.
   * The worker that checks it against the current story scores it too (scored.ts); a play of an earlier version,
   * rare, is scored here.
   */
  const scorePlay = async (t: Replayable, at: StatementContext): Promise<Scored> => {
    try {
      return await replays.score(t, at);
    } catch (refusal) {
      if (!(refusal instanceof HttpError && refusal.statusCode === 422)) throw refusal;
      for (const version of versions.earlier(t.scenario)) {
        const earlier = versions.story(t.scenario, version);
        if (!earlier) continue;
        const matched = await replays.check(t, earlier).then(
          () => true,
          (e: unknown) => {
            if (e instanceof HttpError && e.statusCode === 422) return false;
            throw e; // busy, or its worker died: the game sends it again
          },
        );
        if (matched) return scoreForStore(t, at);
      }
      throw refusal;
    }
  };

  /**
   * Whether a submission may be stored (its scenario, channel, session, token, trainee and profile, and its play
   * the story's), and what it scores. Throws an HttpError naming the field otherwise.
   */
  const checkAndScore = async (holder: TokenHolder | null, transcript: Replayable, body: Submitted): Promise<Checked> => {
    const meta = scenarioById(transcript.scenario);
    if (!meta) throw badRequest(`transcript.scenario: unknown scenario ${JSON.stringify(transcript.scenario)}`);
    if (transcript.channel !== meta.channel) throw badRequest(`transcript.channel: scenario "${meta.id}" is played at the ${meta.channel}, not "${transcript.channel}"`);
    let session: TrainingSession | null = null;
    if (transcript.session !== undefined) {
      session = sessions.byCode(transcript.session);
      if (!session) throw badRequest(`transcript.session: no training session has the code ${JSON.stringify(transcript.session)}`);
      // A closed session still takes attempts from trainees who joined it (their browsers may be resending).
      if (!holder || holder.sessionId !== session.id) throw new HttpError(401, `token: an attempt in session ${session.code} needs the token given when joining it`);
      // One identity (src/model/identity.ts): the token's trainee and the transcript's must be the same person.
      if (!transcript.trainee || identityKey(transcript.trainee) !== identityKey(holder.trainee)) {
        throw new HttpError(403, `transcript.trainee: this token was given to ${JSON.stringify(holder.trainee.name)}, not ${JSON.stringify(transcript.trainee?.name ?? null)}`);
      }
      inSession(session, transcript.scenario, 'transcript.scenario');
      if (transcript.profile !== session.profile) throw badRequest(`transcript.profile: session ${session.code} uses the profile "${session.profile}", not "${transcript.profile}"`);
    } else if (transcript.profile !== meta.profile) {
      // In self-study the scenario's own municipality applies (src/state/profile.ts).
      throw badRequest(`transcript.profile: scenario "${meta.id}" uses the profile "${meta.profile}" outside a session, not "${transcript.profile}"`);
    }
    // The server scores every transcript itself (in the worker that replays it). The game sends no score; a body
    // that claims one the transcript does not earn is forged (or from a stale page) and changes nothing. Checked
    // before the replay, so such a body hears this whether or not a worker is free.
    const claimed = body.report && typeof body.report === 'object' ? body.report.score : undefined;
    if (claimed !== undefined) {
      const earned = score(transcript).score;
      if (claimed !== earned) throw new HttpError(422, `report.score: ${JSON.stringify(claimed)} is not what this transcript scores (${earned}); nothing was stored`);
    }
    const id = transcript.attemptId ?? randomUUID();
    // The statement's time is when the attempt was received: the row's own time is taken at its commit, after
    // the replay, so that rows are stored in time order (an LRS reading statements since a time misses none).
    const scored = await scorePlay(transcript, attempts.context(id, new Date(), session?.code ?? null));
    return { id, scored, sessionId: session?.id ?? null };
  };

  app.get('/api/health', async () => ({ ok: true }));
  app.get('/api/scenarios', async () => SCENARIOS);

  // A trainee in a session may learn which variants of a scenario they met before (seeds only, each
  // once), so the game can give them another. Without a session's code nothing is told.
  app.get<{ Params: { code: string } }>('/api/sessions/:code/variants', { config: perMinute(RATE.code) }, async (req) => {
    const q = parseBody(variantQuery, req.query);
    const trainee = parseBody(traineeSchema, req.query);
    openSession(req.params.code);
    if (!scenarioById(q.scenario)) throw badRequest(`scenario: unknown scenario ${JSON.stringify(q.scenario)}`);
    return { seen: attempts.seedsOf(identityKey(trainee), q.scenario) };
  });

  app.post('/api/sessions/join', { config: perMinute(RATE.code) }, async (req) => {
    const body = parseBody(join, req.body);
    await diskOk();
    const session = openSession(body.code);
    const full = sessions.joinProblem(session, body.trainee);
    if (full) throw new HttpError(409, full);
    // Into the group commit with the room's submissions: a write of its own would hold the loop for a disk sync.
    const token = await commit(() => {
      const issued = sessions.issueToken(session.id, body.trainee);
      sessions.mark(session.id, body.trainee, 'joined', null);
      return issued;
    });
    return sessions.forTrainee(session, token);
  });

  app.post<{ Params: { code: string } }>('/api/sessions/:code/progress', { config: perMinute(RATE.progress), onRequest: readToken }, async (req) => {
    const body = parseBody(progress, req.body);
    const session = openSession(req.params.code);
    const holder = req.holder;
    if (!holder || holder.sessionId !== session.id) throw new HttpError(401, `token: progress into session ${session.code} needs the token given when joining it`);
    if (body.ending) {
      if (body.scenario === undefined) throw badRequest('scenario: required with ending (the play to replay is of a scenario)');
      inSession(session, body.scenario, 'scenario');
    }
    if (body.ending) replays.prepare({ scenario: body.scenario!, ...body.ending });
    await commit(() => sessions.mark(session.id, holder.trainee, body.status, body.scenario ?? null));
    return { ok: true };
  });

  app.post('/api/attempts', { onRequest: readToken }, async (req, reply) => {
    const body = req.body as Submitted | null;
    if (!body || typeof body !== 'object' || !('transcript' in body)) throw badRequest('body must be {"transcript": {...}}');
    let parsed;
    try {
      parsed = parseTranscript(body.transcript);
    } catch (e) {
      if (e instanceof TranscriptError) throw badRequest(`transcript.${e.message}`);
      throw e;
    }
    // A submission is a play of a story: without its scenario, seed and choices it cannot be replayed.
    for (const field of ['scenario', 'seed', 'choices'] as const) {
      if (parsed[field] === undefined) throw badRequest(`transcript.${field}: required (the server replays the story from the scenario, seed and choices)`);
    }
    const transcript = parsed as typeof parsed & { scenario: string; seed: number; choices: number[] };
    if (transcript.startedAt !== undefined && Date.parse(transcript.startedAt) > Date.now() + CLOCK_SKEW_MS) {
      throw badRequest(`transcript.startedAt: ${transcript.startedAt} is in the future (the server's clock reads ${new Date().toISOString()}); check this PC's clock`);
    }
    if (transcript.startedAt !== undefined && transcript.playedSeconds !== undefined && Date.parse(transcript.startedAt) + transcript.playedSeconds * 1000 > Date.now() + CLOCK_SKEW_MS) {
      throw badRequest(`transcript.playedSeconds: ${transcript.playedSeconds} s from ${transcript.startedAt} ends in the future`);
    }
    // An outbox resending an attempt already stored (e.g. by the previous version, whose pages had no token,
    // or before a story was rewritten) is the same attempt: confirmed before the token and replay checks.
    const stored = transcript.attemptId === undefined ? null : attempts.same(transcript, transcript.attemptId);
    if (stored) return reply.code(200).send({ id: stored.id, score: stored.score, created: false });
    const { id, scored, sessionId } = await checkAndScore(req.holder, transcript, body);
    await diskOk();
    try {
      const saved = await commit(() => {
        const result = attempts.saveScored(transcript, id, sessionId, scored);
        if (sessionId && transcript.trainee) sessions.mark(sessionId, transcript.trainee, 'finished', transcript.scenario ?? null);
        return result;
      });
      // The browser scored it already with the same engine; the answer only confirms what was stored.
      return reply.code(saved.created ? 201 : 200).send({ id: saved.id, score: saved.score, created: saved.created });
    } catch (e) {
      if (e instanceof ConflictError) return reply.code(409).send({ error: e.message });
      throw e;
    }
  });
}
