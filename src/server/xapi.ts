// The server's side of xAPI: the homePage the account names belong to, each attempt's statement (built once,
// when stored, and never changed: what the LRS gets and what the export shows), the LRS queue, and the export.
import { networkInterfaces } from 'node:os';
import type { Filters } from '../model/attempt';
import type { Transcript } from '../model/transcript';
import { toStatement, type StatementContext, type XapiStatement } from './statement';
import { expand, type CompactReport } from '../scoring/score';
import type { Report } from '../scoring/types';
import type { DB } from './db';
import { where } from './filters';

/** The homePage when none is configured and the address is not known (tests, tools): what `npm start` serves by default. */
export const DEFAULT_HOME_PAGE = 'http://localhost:8080/';

/** A URL the accounts belong to; refused otherwise, naming the option. */
export function checkHomePage(raw: string, option = '--xapi-home-page'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${option}: "${raw}" is not a URL (for example https://www.city.example.lg.jp/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${option}: "${raw}" must be an http or https URL`);
  return url.href;
}

/** The host's IPv4 addresses on the LAN (what trainees open). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((n) => n && n.family === 'IPv4' && !n.internal)
    .map((n) => n!.address);
}

/** The server's own address, the default homePage: the LAN address when serving a room, else as bound. */
export function ownAddress(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? (lanAddresses()[0] ?? 'localhost') : host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
  return checkHomePage(`http://${name.includes(':') ? `[${name}]` : name}:${port}/`);
}

export interface XapiOptions {
  /** The URL the accounts belong to (xAPI 1.0.3 §2.4.2.2); see ownAddress. */
  homePage: string;
  /** Queue each stored attempt's statement for an LRS (configured with --lrs-endpoint). */
  forward: boolean;
}

export interface StatementPage {
  statements: XapiStatement[];
  /** The next page, relative to the server ('' when there is none), as an LRS answers. */
  more: string;
}

export interface PageQuery {
  since?: string;
  until?: string;
  limit: number;
  /** Where the previous page ended: "<stored>,<id>". */
  after?: string;
}

export function createXapi(db: DB, { homePage, forward }: XapiOptions) {
  const codeOf = db.prepare<[string], { code: string }>('SELECT code FROM sessions WHERE id = ?');
  const enqueue = forward ? db.prepare("INSERT INTO lrs_outbox (attempt_id, state, next_at) VALUES (?, 'pending', ?) ON CONFLICT (attempt_id) DO NOTHING") : null;

  /** The code of the session an attempt was stored in (its statement names the session by it). */
  const sessionCode = (sessionId: string | null) => (sessionId ? (codeOf.get(sessionId)?.code ?? null) : null);
  /** What an attempt's statement names besides its transcript and report (statement.ts). */
  const context = (attemptId: string, stored: string, code: string | null): StatementContext => ({ attemptId, stored, sessionCode: code, homePage });
  function statementJson(t: Transcript, report: Report, attemptId: string, stored: string, sessionId: string | null): string {
    return JSON.stringify(toStatement(t, report, context(attemptId, stored, sessionCode(sessionId))));
  }

  return {
    homePage,
    forward,
    context,
    sessionCode,
    /** Queues an attempt's statement for the LRS; call inside the attempt's own transaction. */
    queue(attemptId: string): void {
      enqueue?.run(attemptId, Date.now());
    },
    /** Builds the statements a schema upgrade emptied (src/server/migrations/lrs-outbox.ts); returns how many. */
    rebuild(): number {
      const rows = db.prepare("SELECT id, created_at, session_id, transcript, report FROM attempts WHERE statement = ''").all() as { id: string; created_at: string; session_id: string | null; transcript: string; report: string }[];
      const set = db.prepare('UPDATE attempts SET statement = ? WHERE id = ?');
      db.transaction(() => {
        for (const r of rows) set.run(statementJson(JSON.parse(r.transcript) as Transcript, expand(JSON.parse(r.report) as CompactReport), r.id, r.created_at, r.session_id), r.id);
      })();
      return rows.length;
    },
    /** One page of the export, oldest first by the time the server stored each attempt. */
    page(filters: Filters, q: PageQuery): StatementPage {
      const w = where(filters);
      const parts = [w.sql ? w.sql.slice('WHERE '.length) : '1'];
      const params: Record<string, string | number> = { ...w.params, limit: q.limit + 1 };
      if (q.since) (parts.push('a.created_at > @since'), (params.since = q.since));
      if (q.until) (parts.push('a.created_at <= @until'), (params.until = q.until));
      if (q.after) {
        const [at, id] = q.after.split(',');
        parts.push('(a.created_at, a.id) > (@afterAt, @afterId)');
        Object.assign(params, { afterAt: at ?? '', afterId: id ?? '' });
      }
      const rows = db.prepare(`SELECT a.id, a.created_at, a.statement FROM attempts a WHERE ${parts.join(' AND ')} ORDER BY a.created_at, a.id LIMIT @limit`).all(params) as { id: string; created_at: string; statement: string }[];
      const last = rows.length > q.limit ? rows[q.limit - 1] : undefined;
      return { statements: rows.slice(0, q.limit).map((r) => JSON.parse(r.statement) as XapiStatement), more: last ? `${last.created_at},${last.id}` : '' };
    },
  };
}

export type Xapi = ReturnType<typeof createXapi>;
