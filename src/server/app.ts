// One Fastify app serves the game, the trainer pages and the results API.
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { createAttempts } from './attempts';
import { createAuth } from './auth';
import { createCommitQueue } from './batch';
import type { DB } from './db';
import { BODY_LIMIT, errorHandler } from './routes/errors';
import { publicRoutes } from './routes/public';
import { trainerRoutes } from './routes/trainer';
import { createSessions } from './sessions';

export interface AppOptions {
  db: DB;
  /** The built game (vite build output); omitted in API-only tests. */
  staticDir?: string;
  logger?: boolean;
}

export function buildApp({ db, staticDir, logger = false }: AppOptions): FastifyInstance {
  const app = Fastify({ logger, bodyLimit: BODY_LIMIT });
  const attempts = createAttempts(db);
  const sessions = createSessions(db);
  const auth = createAuth(db);
  errorHandler(app);
  app.register(fastifyCookie);
  app.register(async (r) => {
    publicRoutes(r, attempts, sessions, createCommitQueue(db));
    trainerRoutes(r, auth, attempts, sessions);
  });
  if (staticDir && existsSync(staticDir)) {
    app.register(fastifyStatic, { root: staticDir, index: 'index.html' });
    app.get('/trainer', (_req, reply) => reply.sendFile('trainer.html'));
  }
  return app;
}
