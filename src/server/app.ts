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
import { outboxStatus, retryFailed, startLrsSender, type LrsConfig, type SenderOptions } from './lrs';
import { createSessions } from './sessions';
import { createXapi, DEFAULT_HOME_PAGE } from './xapi';

export interface AppOptions {
  db: DB;
  /** The built game (vite build output); omitted in API-only tests. */
  staticDir?: string;
  logger?: boolean;
  /** The URL xAPI account names belong to (--xapi-home-page; main.ts defaults it to the server's own address). */
  homePage?: string;
  /** The organisation's LRS: each stored attempt's statement is forwarded to it (src/server/lrs.ts). */
  lrs?: LrsConfig & SenderOptions;
}

export function buildApp({ db, staticDir, logger = false, homePage = DEFAULT_HOME_PAGE, lrs }: AppOptions): FastifyInstance {
  const app = Fastify({ logger, bodyLimit: BODY_LIMIT });
  const commit = createCommitQueue(db);
  const xapi = createXapi(db, { homePage, forward: lrs !== undefined });
  xapi.rebuild(); // statements a schema upgrade emptied
  const attempts = createAttempts(db, xapi);
  const sender = lrs ? startLrsSender(db, lrs, { commit, log: (m) => app.log.warn(m), ...lrs }) : null;
  app.addHook('onClose', async () => sender?.stop());
  // A stored attempt's statement goes to the LRS now rather than at the sender's next look.
  const commitAndForward = async <T>(run: () => T): Promise<T> => {
    const result = await commit(run);
    sender?.nudge();
    return result;
  };
  const sessions = createSessions(db);
  const auth = createAuth(db);
  errorHandler(app);
  app.register(fastifyCookie);
  app.register(async (r) => {
    publicRoutes(r, attempts, sessions, commitAndForward);
    const outbox = { status: () => outboxStatus(db, sender?.endpoint ?? null), retry: () => retryFailed(db, () => sender?.nudge()) };
    trainerRoutes(r, auth, attempts, sessions, xapi, outbox);
  });
  if (staticDir && existsSync(staticDir)) {
    app.register(fastifyStatic, { root: staticDir, index: 'index.html' });
    app.get('/trainer', (_req, reply) => reply.sendFile('trainer.html'));
  }
  return app;
}
