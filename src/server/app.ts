// One Fastify app serves the game, the trainer page and the results API.
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { SCENARIOS, scenarioById } from '../model/scenarios';
import { parseTranscript, TranscriptError } from '../model/validate';
import { ConflictError, createAttempts } from './attempts';
import type { DB } from './db';

export interface AppOptions {
  db: DB;
  /** The built game (vite build output); omitted in API-only tests. */
  staticDir?: string;
  logger?: boolean;
}

export function buildApp({ db, staticDir, logger = false }: AppOptions): FastifyInstance {
  const app = Fastify({ logger, bodyLimit: 1_000_000 });
  const attempts = createAttempts(db);

  app.get('/api/health', async () => ({ ok: true }));
  app.get('/api/scenarios', async () => SCENARIOS);

  app.post('/api/attempts', async (req, reply) => {
    const body = req.body as { transcript?: unknown } | null;
    if (!body || typeof body !== 'object' || !('transcript' in body)) {
      return reply.code(400).send({ error: 'body must be {"transcript": {...}}' });
    }
    let transcript;
    try {
      transcript = parseTranscript(body.transcript);
    } catch (e) {
      if (e instanceof TranscriptError) return reply.code(400).send({ error: `transcript.${e.message}` });
      throw e;
    }
    if (transcript.scenario !== undefined && !scenarioById(transcript.scenario)) {
      return reply.code(400).send({ error: `transcript.scenario: unknown scenario ${JSON.stringify(transcript.scenario)}` });
    }
    try {
      const saved = attempts.save(transcript, transcript.attemptId ?? randomUUID());
      return reply.code(saved.created ? 201 : 200).send(saved);
    } catch (e) {
      if (e instanceof ConflictError) return reply.code(409).send({ error: e.message });
      throw e;
    }
  });

  app.get('/api/attempts', async () => attempts.list());

  if (staticDir && existsSync(staticDir)) {
    app.register(fastifyStatic, { root: staticDir, index: 'index.html' });
    app.get('/trainer', (_req, reply) => reply.sendFile('trainer.html'));
  }
  return app;
}
