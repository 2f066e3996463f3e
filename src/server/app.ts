// One Fastify app serves the game, the trainer pages and the results API.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Database from 'better-sqlite3';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { createAttempts } from './attempts';
import { createAuth } from './auth';
import { createCommitQueue } from './batch';
import type { DB } from './db';
import { diskGuard } from './disk';
import { BODY_LIMIT, CONNECTIONS_CHECK_MS, HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, MAX_CONNECTIONS, MIN_FREE_DISK_BYTES, REQUEST_TIMEOUT_MS } from './limits';
import { errorHandler } from './routes/errors';
import { publicRoutes } from './routes/public';
import { createReplayPool, type ReplayPoolOptions } from './replay-pool';
import { trainerRoutes } from './routes/trainer';
import { outboxStatus, retryFailed, startLrsSender, type LrsConfig, type SenderOptions } from './lrs';
import { createSessions } from './sessions';
import { storyOf as compiledStory } from './replay';
import { createStoryVersions } from './story-versions';
import { createXapi, DEFAULT_HOME_PAGE } from './xapi';

export interface AppOptions {
  db: DB;
  /** The built game (vite build output); omitted in API-only tests. */
  staticDir?: string;
  /** Fastify's logger: main.ts logs at warn (every 5xx and refused login); tests may pass a stream. */
  logger?: FastifyServerOptions['logger'];
  /** Free disk space below which writes are refused (tests raise it to see the refusal). */
  minFreeDisk?: number;
  /** The URL xAPI account names belong to (--xapi-home-page; main.ts defaults it to the server's own address). */
  homePage?: string;
  /** The organisation's LRS: each stored attempt's statement is forwarded to it (src/server/lrs.ts). */
  lrs?: LrsConfig & SenderOptions;
  /** The worker threads that replay each submission (main.ts has them build every story at start). */
  replay?: Omit<ReplayPoolOptions, 'log'>;
}

// A strict policy: the built pages load only their own files (no inline script or style: see
// tests/server.test.ts). Phaser draws its default textures from data: images, Howler unlocks audio
// with a data: sound. Training rooms are plain http on a LAN, so no upgrade to https and no HSTS.
// frame-ancestors 'self': the SCORM package runs the game inside the LMS's own frame, served by the LMS.
const CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    mediaSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
  },
};

export function buildApp({ db, staticDir, logger = false, minFreeDisk = MIN_FREE_DISK_BYTES, homePage = DEFAULT_HOME_PAGE, lrs, replay }: AppOptions): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT,
    requestTimeout: REQUEST_TIMEOUT_MS,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    http: { headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: CONNECTIONS_CHECK_MS },
  });
  app.server.maxConnections = MAX_CONNECTIONS;
  const commit = createCommitQueue(db);
  const xapi = createXapi(db, { homePage, forward: lrs !== undefined });
  xapi.rebuild(); // statements a schema upgrade emptied
  // Exports and the group discussion read on connections of their own (see createAttempts).
  const attempts = createAttempts(db, xapi, db.memory ? undefined : () => new Database(db.name, { readonly: true }));
  const sender = lrs ? startLrsSender(db, lrs, { commit, log: (m) => app.log.warn(m), ...lrs }) : null;
  app.addHook('onClose', async () => sender?.stop());
  // Each story the workers are given is kept (main.ts warms them all at start), so a play on it still replays after an update.
  const compiled = replay?.storyOf ?? compiledStory;
  const versions = createStoryVersions(db, compiled);
  const storyOf = (scenario: string) => {
    const json = compiled(scenario);
    versions.served(scenario, json);
    return json;
  };
  const replays = createReplayPool({ ...replay, storyOf, log: (m) => app.log.warn(m) });
  app.addHook('onClose', () => replays.close());
  // Listening waits for the warm replay workers (main.ts), so no trainee's submission waits for them to start.
  app.addHook('onReady', () => replays.ready());
  // A stored attempt's statement goes to the LRS now rather than at the sender's next look.
  const commitAndForward = async <T>(run: () => T): Promise<T> => {
    const result = await commit(run);
    sender?.nudge();
    return result;
  };
  const sessions = createSessions(db);
  const auth = createAuth(db);
  errorHandler(app);
  // Helmet's own middleware, built once. @fastify/helmet builds it again on every request (its onRequest hook
  // calls helmet(options) each time): about 50 µs of a busy event loop per request, two seconds of a room's
  // forty submissions in every thousand. The headers are the same: helmet is what that plugin runs.
  const securityHeaders = helmet({ contentSecurityPolicy: CSP, strictTransportSecurity: false, referrerPolicy: { policy: 'no-referrer' } });
  app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)));
  app.register(fastifyCookie);
  // Per client address, on the routes that name a `config.rateLimit` only (login, setup, session codes).
  app.register(fastifyRateLimit, {
    global: false,
    onExceeded: (req) => req.log.warn({ ip: req.ip }, `rate limit: ${req.method} ${req.url} from ${req.ip} refused (429)`),
  });
  // Nothing the API answers is for a cache: results and trainer data change and are private.
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  app.register(async (r) => {
    publicRoutes(r, attempts, sessions, commitAndForward, diskGuard(db.memory ? null : db.name, minFreeDisk), replays, versions);
    const outbox = { status: () => outboxStatus(db, sender?.endpoint ?? null), retry: () => retryFailed(db, () => sender?.nudge()) };
    trainerRoutes(r, auth, attempts, sessions, xapi, outbox);
  });
  if (staticDir && existsSync(staticDir)) {
    app.register(fastifyStatic, { root: staticDir, index: 'index.html' });
    app.get('/trainer', (_req, reply) => reply.sendFile('trainer.html'));
  }
  return app;
}
