// The trainer's side: login, sessions, results, statistics and exports. Every read needs a trainer login.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_KINDS, type Filters, type OutboxStatus } from '../../model/attempt';
import { SCENARIOS } from '../../model/scenarios';
import { PROFILE_IDS } from '../../model/transcript';
import type { Attempts } from '../attempts';
import { COOKIE, passwordProblem, type Auth } from '../auth';
import { attemptsCsv, verdictsCsv } from '../csv';
import { discussion, withRecordMistakes } from '../discussion';
import type { Sessions } from '../sessions';
import type { Xapi } from '../xapi';
import { RATE } from '../limits';
import { gather } from '../loop';
import { HttpError, parseBody } from './errors';

const password = z.object({ password: z.string().min(1).max(200) });
const newSession = z.object({
  name: z.string().trim().min(1).max(100),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  kind: z.enum(Object.keys(SESSION_KINDS) as [keyof typeof SESSION_KINDS]),
  profile: z.enum(PROFILE_IDS),
  scenarios: z.array(z.string().refine((id) => SCENARIOS.some((s) => s.id === id), { error: (i) => `unknown scenario ${JSON.stringify(i.input)}` })).min(1),
  contentNotes: z.boolean(),
  recordTask: z.boolean().optional(),
});
/** The group discussion reads the newest attempts only: a session is far smaller, and a year's records would be slow. */
const DISCUSSION_LIMIT = 500;
/** Statements per page of the xAPI export (a statement is about 1 KB). */
const filterKeys = ['department', 'scenario', 'profile', 'session', 'trainee', 'from', 'to'] as const;
/** The xAPI export's paging, shaped like an LRS's statement read (since/until on the time stored, limit, more). */
const XAPI_PAGE_MAX = 1000;
const statementQuery = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(0).max(XAPI_PAGE_MAX).optional(),
  after: z.string().max(200).optional(),
});

function filters(q: unknown): Filters {
  const f: Filters = {};
  const query = (q ?? {}) as Record<string, unknown>;
  for (const k of filterKeys) {
    const v = query[k];
    if (typeof v === 'string' && v.trim()) f[k] = v.trim().slice(0, 100);
  }
  return f;
}

const isLoopback = (req: FastifyRequest) => ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');

export interface OutboxView {
  status(): OutboxStatus;
  retry(): number;
}

export function trainerRoutes(app: FastifyInstance, auth: Auth, attempts: Attempts, sessions: Sessions, xapi: Xapi, outbox: OutboxView): void {
  const requireLogin = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!auth.check(req.cookies[COOKIE])) return reply.code(401).send({ error: 'trainer login required' });
  };
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: auth.maxAgeSeconds });

  app.get('/api/trainer/status', async (req) => ({ hasPassword: auth.hasPassword(), loggedIn: auth.check(req.cookies[COOKIE]), canSetUp: !auth.hasPassword() && isLoopback(req) }));

  // First start without a password given on the command line: the lead sets it from the server PC itself.
  // Per client address: a person types a password a few times a minute, a script thousands.
  const limited = { config: { rateLimit: { max: RATE.login, timeWindow: 60_000 } } };

  app.post('/api/trainer/setup', limited, async (req, reply) => {
    if (auth.hasPassword()) throw new HttpError(409, 'a trainer password is already set');
    if (!isLoopback(req)) throw new HttpError(403, 'the trainer password can only be set from the PC that runs the server');
    const body = parseBody(password, req.body);
    const problem = passwordProblem(body.password);
    if (problem) throw new HttpError(400, `password: ${problem}`);
    await auth.setPassword(body.password);
    setCookie(reply, auth.issue());
    return { ok: true };
  });

  app.post('/api/trainer/login', limited, async (req, reply) => {
    const body = parseBody(password, req.body);
    const token = await auth.login(body.password);
    if (!token) {
      req.log.warn({ ip: req.ip }, `refused login from ${req.ip}: wrong password`);
      throw new HttpError(401, 'password: wrong password');
    }
    setCookie(reply, token);
    return { ok: true };
  });

  app.post('/api/trainer/logout', async (req, reply) => {
    auth.logout(req.cookies[COOKIE]);
    reply.clearCookie(COOKIE, { path: '/' });
    return { ok: true };
  });

  app.register(async (r) => {
    r.addHook('onRequest', requireLogin); // before the body is read: no parsing for a request without a login
    r.get('/api/attempts', async (req) => {
      const q = req.query as { limit?: string; offset?: string };
      const limit = Math.min(Math.max(Number(q.limit) || 200, 1), 1000);
      return attempts.list(filters(req.query), limit, Math.max(Number(q.offset) || 0, 0));
    });
    r.get<{ Params: { id: string } }>('/api/attempts/:id', async (req) => {
      const a = attempts.get(req.params.id);
      if (!a) throw new HttpError(404, `no attempt ${req.params.id}`);
      return a;
    });
    r.get('/api/stats', async (req) => {
      const f = filters(req.query);
      return { principles: attempts.principleRates(f), scenarios: attempts.scenarioRates(f), facets: attempts.facets() };
    });
    r.get('/api/sessions', async () => sessions.list());
    r.post('/api/sessions', async (req, reply) => reply.code(201).send(sessions.create(parseBody(newSession, req.body))));
    r.get<{ Params: { id: string } }>('/api/sessions/:id', async (req) => {
      const s = sessions.byId(req.params.id);
      if (!s) throw new HttpError(404, `no session ${req.params.id}`);
      return { session: s, participants: sessions.participants(s.id) };
    });
    // Closing a session stops its code: no more joins, progress or variants by it.
    r.post<{ Params: { id: string } }>('/api/sessions/:id/close', async (req) => {
      if (!sessions.byId(req.params.id)) throw new HttpError(404, `no session ${req.params.id}`);
      sessions.close(req.params.id);
      return sessions.byId(req.params.id);
    });
    r.get('/api/export/attempts.csv', async (req, reply) =>
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="madoguchi-attempts.csv"').send(attemptsCsv(attempts.forExport(filters(req.query)))),
    );
    r.get('/api/export/verdicts.csv', async (req, reply) =>
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="madoguchi-verdicts.csv"').send(verdictsCsv(attempts.forExport(filters(req.query)))),
    );
    r.get('/api/discussion', async (req) => {
      return { limit: DISCUSSION_LIMIT, ...discussion(await gather(withRecordMistakes(attempts.latest(filters(req.query), DISCUSSION_LIMIT)))) };
    });
    // An export (trainer login, the trainer pages' filters), not an LRS: no POST/PUT, no agent or verb filters.
    // It pages the way an LRS answers a statement read, so a script written for one can page through it.
    r.get('/api/xapi/statements', async (req, reply) => {
      const q = parseBody(statementQuery, req.query);
      const limit = q.limit || XAPI_PAGE_MAX; // 0 means the server's maximum, as in xAPI
      const toIso = (s?: string) => (s ? new Date(s).toISOString() : undefined);
      const page = xapi.page(filters(req.query), { limit, since: toIso(q.since), until: toIso(q.until), after: q.after });
      const next = new URLSearchParams(req.query as Record<string, string>);
      next.set('after', page.more);
      reply.header('X-Experience-API-Version', '1.0.3');
      return { statements: page.statements, more: page.more ? `/api/xapi/statements?${next}` : '' };
    });
    r.get('/api/xapi/outbox', async () => outbox.status());
    r.post('/api/xapi/outbox/retry', async () => ({ requeued: outbox.retry() }));
  });
}
