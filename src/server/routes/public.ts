// What a trainee's browser may call: scenarios, joining a session, progress, and submitting an attempt.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SCENARIOS, scenarioById } from '../../model/scenarios';
import { identityKey } from '../../model/identity';
import { parseTranscript, traineeSchema, TranscriptError } from '../../model/validate';
import type { Attempts } from '../attempts';
import { ConflictError } from '../attempts';
import type { Sessions } from '../sessions';
import { score } from '../../scoring/score';
import { badRequest, HttpError, parseBody } from './errors';

const join = z.object({ code: z.string().trim().min(4).max(12), trainee: traineeSchema });
// The trainee's fields (name, department, staffId) as query parameters, and the scenario.
const variantQuery = z.object({ scenario: z.string().max(100) });
const progress = z.object({ trainee: traineeSchema, status: z.enum(['joined', 'playing', 'finished']), scenario: z.string().max(100).optional() });
/** A start time this far ahead of the server's clock is a PC clock set wrong, or a forgery: xAPI has no future. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function publicRoutes(app: FastifyInstance, attempts: Attempts, sessions: Sessions, commit: <T>(run: () => T) => Promise<T>): void {
  app.get('/api/health', async () => ({ ok: true }));
  app.get('/api/scenarios', async () => SCENARIOS);

  // A trainee in a session may learn which variants of a scenario they met before (seeds only, each
  // once), so the game can give them another. Without a session's code nothing is told.
  app.get<{ Params: { code: string } }>('/api/sessions/:code/variants', async (req, reply) => {
    const q = parseBody(variantQuery, req.query);
    const trainee = parseBody(traineeSchema, req.query);
    if (!sessions.byCode(req.params.code)) return reply.code(404).send({ error: `code: no training session has the code "${req.params.code}"` });
    if (!scenarioById(q.scenario)) throw badRequest(`scenario: unknown scenario ${JSON.stringify(q.scenario)}`);
    return { seen: attempts.seedsOf(identityKey(trainee), q.scenario) };
  });

  app.post('/api/sessions/join', async (req, reply) => {
    const body = parseBody(join, req.body);
    const session = sessions.byCode(body.code);
    if (!session) return reply.code(404).send({ error: `code: no training session has the code "${body.code}"` });
    sessions.mark(session.id, body.trainee, 'joined', null);
    return sessions.forTrainee(session);
  });

  app.post<{ Params: { code: string } }>('/api/sessions/:code/progress', async (req, reply) => {
    const body = parseBody(progress, req.body);
    const session = sessions.byCode(req.params.code);
    if (!session) return reply.code(404).send({ error: `code: no training session has the code "${req.params.code}"` });
    sessions.mark(session.id, body.trainee, body.status, body.scenario ?? null);
    return { ok: true };
  });

  app.post('/api/attempts', async (req, reply) => {
    const body = req.body as { transcript?: unknown; report?: { score?: unknown } } | null;
    if (!body || typeof body !== 'object' || !('transcript' in body)) throw badRequest('body must be {"transcript": {...}}');
    let transcript;
    try {
      transcript = parseTranscript(body.transcript);
    } catch (e) {
      if (e instanceof TranscriptError) throw badRequest(`transcript.${e.message}`);
      throw e;
    }
    if (transcript.startedAt !== undefined && Date.parse(transcript.startedAt) > Date.now() + CLOCK_SKEW_MS) {
      throw badRequest(`transcript.startedAt: ${transcript.startedAt} is in the future (the server's clock reads ${new Date().toISOString()}); check this PC's clock`);
    }
    if (transcript.startedAt !== undefined && transcript.playedSeconds !== undefined && Date.parse(transcript.startedAt) + transcript.playedSeconds * 1000 > Date.now() + CLOCK_SKEW_MS) {
      throw badRequest(`transcript.playedSeconds: ${transcript.playedSeconds} s from ${transcript.startedAt} ends in the future`);
    }
    if (transcript.scenario !== undefined && !scenarioById(transcript.scenario)) {
      throw badRequest(`transcript.scenario: unknown scenario ${JSON.stringify(transcript.scenario)}`);
    }
    let sessionId: string | null = null;
    if (transcript.session !== undefined) {
      const session = sessions.byCode(transcript.session);
      if (!session) throw badRequest(`transcript.session: no training session has the code ${JSON.stringify(transcript.session)}`);
      if (transcript.scenario && !session.scenarios.includes(transcript.scenario)) throw badRequest(`transcript.scenario: "${transcript.scenario}" is not part of session ${session.code}`);
      if (transcript.profile !== session.profile) throw badRequest(`transcript.profile: session ${session.code} uses the profile "${session.profile}", not "${transcript.profile}"`);
      sessionId = session.id;
    }
    // The server scores every transcript itself. The game sends no score; a body that claims one the
    // transcript does not earn is forged (or from a stale page) and changes nothing.
    const claimed = body.report && typeof body.report === 'object' ? body.report.score : undefined;
    if (claimed !== undefined) {
      const earned = score(transcript).score;
      if (claimed !== earned) throw new HttpError(422, `report.score: ${JSON.stringify(claimed)} is not what this transcript scores (${earned}); nothing was stored`);
    }
    try {
      const id = transcript.attemptId ?? randomUUID();
      const saved = await commit(() => {
        const result = attempts.save(transcript, id, sessionId);
        if (sessionId && transcript.trainee) sessions.mark(sessionId, transcript.trainee, 'finished', transcript.scenario ?? null);
        return result;
      });
      // The browser scored it already with the same engine; the answer only confirms what was stored.
      return reply.code(saved.created ? 201 : 200).send({ id: saved.id, score: saved.report.score, created: saved.created });
    } catch (e) {
      if (e instanceof ConflictError) return reply.code(409).send({ error: e.message });
      throw e;
    }
  });
}
