import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { Busy } from '../auth';
import { BODY_LIMIT } from '../limits';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** Seconds after which sending the same request again may succeed (a 503 when busy): sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
/** What a submission meets while the server closes (the replay pool): the game sends it again. */
export const stopping = () => new HttpError(503, 'the server is stopping; nothing was stored, and the game will send this attempt again', 5);

/** Parses a request body with a zod schema; a failure is a 400 naming the field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw badRequest(`${issue.path.join('.') || 'body'}: ${issue.message}`);
}

/**
 * Every error leaves as {"error": "..."}; client errors keep their status. Every 5xx is logged at warn
 * with its request (Fastify's logger), so a lead can tell a support desk what happened.
 */
export function errorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof Busy) {
      req.log.warn({ ip: req.ip }, `refused login from ${req.ip}: ${err.message}`);
      return reply.code(429).send({ error: err.message });
    }
    const status = err.statusCode ?? 500;
    if (err instanceof HttpError && err.retryAfter !== undefined) reply.header('retry-after', String(err.retryAfter));
    if (status >= 500) {
      req.log.warn({ err, ip: req.ip, status }, `${req.method} ${req.url} failed with ${status}`);
      // Our own HttpErrors (a full disk) say what to do; anything unexpected says nothing of the internals.
      return err instanceof HttpError ? reply.code(status).send({ error: err.message }) : reply.code(500).send({ error: 'internal error' });
    }
    const message = 'code' in err && err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `body too large (the limit is ${BODY_LIMIT / 1024} KB)` : err.message;
    return reply.code(status).send({ error: message });
  });
}
