import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';

/** Largest request body: a long transcript is tens of kilobytes. */
export const BODY_LIMIT = 256 * 1024;

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, message);

/** Parses a request body with a zod schema; a failure is a 400 naming the field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw badRequest(`${issue.path.join('.') || 'body'}: ${issue.message}`);
}

/** Every error leaves as {"error": "..."}; client errors keep their status, anything else is a logged 500. */
export function errorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      req.log.error(err);
      return reply.code(500).send({ error: 'internal error' });
    }
    const message = 'code' in err && err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `body too large (the limit is ${BODY_LIMIT / 1024} KB)` : err.message;
    return reply.code(status).send({ error: message });
  });
}
