// Forwards stored statements to the organisation's LRS. Each attempt's statement was queued (lrs_outbox) in the
// transaction that stored the attempt, so nothing stored is missing from the queue, and it is sent until the LRS
// confirms it. Idempotent by statement id: a PUT with statementId (xAPI 1.0.3 §7.2.1) of the same, never-changing
// statement, so a resend after a lost answer only meets the LRS's own copy (204, or 409 then compared).
import type { OutboxStatus } from '../model/attempt';
import type { DB } from './db';

export interface LrsConfig {
  /** The LRS's xAPI base, e.g. https://lrs.example.lg.jp/xapi/ (statements are PUT to <endpoint>statements). */
  endpoint: string;
  username?: string;
  password?: string;
}

export interface SenderOptions {
  /** Waiting longer than this for an answer counts as a failure (the statement is sent again later). */
  timeoutMs?: number;
  /** The first retry waits this long, doubling per failure up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How often the queue is looked at when nothing nudges it. */
  pollMs?: number;
  /** PUTs in flight at once. */
  concurrency?: number;
  /** Writes its bookkeeping through the group commit (src/server/batch.ts), beside the trainees' submissions. */
  commit?: <T>(run: () => T) => Promise<T>;
  log?: (message: string) => void;
}


/** Checks the flag's value: an http(s) URL, given a trailing slash so that `statements` resolves under it. */
export function checkEndpoint(raw: string, option = '--lrs-endpoint'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${option}: "${raw}" is not a URL (for example https://lrs.example.lg.jp/xapi/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${option}: "${raw}" must be an http or https URL`);
  if (url.search || url.hash) throw new Error(`${option}: "${raw}" must not carry a query or fragment`);
  // Shown on the trainer page and in logs: credentials go in --lrs-username / --lrs-password instead.
  if (url.username || url.password) throw new Error(`${option}: put the credentials in --lrs-username and --lrs-password, not in the URL`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

// Fields an LRS adds or may rewrite (xAPI 1.0.3 §2.4.x: stored, authority, version; the timestamp's format).
function comparable(s: Record<string, unknown>): string {
  const { stored: _s, authority: _a, version: _v, timestamp, ...rest } = s;
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sorted({ ...rest, timestamp: typeof timestamp === 'string' ? Date.parse(timestamp) : timestamp }));
}

/** Whether the LRS's copy is the statement we sent, by the xAPI rules for comparing statements. */
export function sameStatement(ours: string, theirs: string): boolean {
  try {
    return comparable(JSON.parse(ours) as Record<string, unknown>) === comparable(JSON.parse(theirs) as Record<string, unknown>);
  } catch {
    return false;
  }
}

type Outcome = { kind: 'sent' } | { kind: 'retry'; error: string; afterMs?: number } | { kind: 'failed'; error: string };

export function outboxStatus(db: DB, endpoint: string | null): OutboxStatus {
  const counts = Object.fromEntries((db.prepare('SELECT state, COUNT(*) AS n FROM lrs_outbox GROUP BY state').all() as { state: string; n: number }[]).map((r) => [r.state, r.n]));
  const last = db.prepare("SELECT last_error FROM lrs_outbox WHERE state != 'sent' AND last_error IS NOT NULL ORDER BY tries DESC, next_at DESC LIMIT 1").get() as { last_error: string } | undefined;
  return { endpoint, pending: counts.pending ?? 0, failed: counts.failed ?? 0, sent: counts.sent ?? 0, lastError: last?.last_error ?? null };
}

/** Puts refused statements back in the queue (the lead fixed the LRS side). Returns how many. */
export function retryFailed(db: DB, then: () => void = () => {}): number {
  const n = db.prepare("UPDATE lrs_outbox SET state = 'pending', next_at = ?, tries = 0 WHERE state = 'failed'").run(Date.now()).changes;
  then();
  return n;
}

export function startLrsSender(db: DB, lrs: LrsConfig, options: SenderOptions = {}) {
  const { timeoutMs = 10_000, baseDelayMs = 2_000, maxDelayMs = 10 * 60_000, pollMs = 1_000, concurrency = 4, log = () => {} } = options;
  const commit = options.commit ?? (<T>(run: () => T) => Promise.resolve(db.transaction(run)()));
  const endpoint = checkEndpoint(lrs.endpoint);
  const headers: Record<string, string> = { 'X-Experience-API-Version': '1.0.3' };
  if (lrs.username !== undefined) headers.Authorization = `Basic ${Buffer.from(`${lrs.username}:${lrs.password ?? ''}`).toString('base64')}`;

  const due = db.prepare(
    `SELECT o.attempt_id AS id, o.tries, a.statement FROM lrs_outbox o JOIN attempts a ON a.id = o.attempt_id
     WHERE o.state = 'pending' AND o.next_at <= ? AND a.statement != '' ORDER BY o.next_at LIMIT 40`,
  );
  const markSent = db.prepare("UPDATE lrs_outbox SET state = 'sent', tries = tries + 1, sent_at = ?, last_error = NULL WHERE attempt_id = ?");
  const markRetry = db.prepare('UPDATE lrs_outbox SET tries = tries + 1, next_at = ?, last_error = ? WHERE attempt_id = ?');
  const markFailed = db.prepare("UPDATE lrs_outbox SET state = 'failed', tries = tries + 1, last_error = ? WHERE attempt_id = ?");

  const stopping = new AbortController();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let pausedUntil = 0; // after a failure to deliver, new statements wait too: the LRS is likely down for all

  const url = (id: string) => `${endpoint}statements?statementId=${encodeURIComponent(id)}`;
  const signal = () => AbortSignal.any([stopping.signal, AbortSignal.timeout(timeoutMs)]);
  const short = (text: string) => text.replace(/\s+/g, ' ').slice(0, 200);

  async function send(id: string, statement: string): Promise<Outcome> {
    let res: Response;
    try {
      res = await fetch(url(id), { method: 'PUT', headers: { ...headers, 'Content-Type': 'application/json' }, body: statement, signal: signal() });
    } catch (e) {
      const err = e as Error;
      return { kind: 'retry', error: err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `cannot reach the LRS (${short(String((err.cause as Error | undefined)?.message ?? err.message))})` };
    }
    const body = short(await res.text().catch(() => ''));
    if (res.status === 204 || res.status === 200) return { kind: 'sent' };
    // 409: the LRS already holds a statement with this id (§7.2.1). Ours never changes, so it is sent when the
    // copy there is ours (an earlier answer was lost, or an LRS that answers 409 to any repeat), else a conflict.
    if (res.status === 409) {
      try {
        const copy = await fetch(url(id), { headers, signal: signal() });
        if (copy.ok && sameStatement(statement, await copy.text())) return { kind: 'sent' };
        if (copy.ok) return { kind: 'failed', error: `409: the LRS holds a different statement under the id ${id}` };
        return { kind: 'retry', error: `409, then ${copy.status} reading the LRS's copy back` };
      } catch {
        return { kind: 'retry', error: "409, then no answer reading the LRS's copy back" };
      }
    }
    // Wrong credentials or an overloaded or failing LRS: the same statement may pass later.
    if (res.status === 401 || res.status === 403 || res.status === 408 || res.status === 429 || res.status >= 500) {
      const retryAfter = Number(res.headers.get('retry-after'));
      return { kind: 'retry', error: `${res.status} ${body}`.trim(), ...(retryAfter > 0 ? { afterMs: Math.min(retryAfter * 1000, maxDelayMs) } : {}) };
    }
    // Any other answer refuses this statement as it is: sending it again would be refused again.
    return { kind: 'failed', error: `${res.status} ${body}`.trim() };
  }

  // A few PUTs at a time, and one commit for the bookkeeping of a batch: marking 400 statements sent one
  // commit each would cost 400 disk syncs beside the trainees' own.
  async function sendAll(rows: { id: string; statement: string }[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const i = next++;
        outcomes[i] = await send(rows[i]!.id, rows[i]!.statement);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
    return outcomes;
  }

  async function drain(): Promise<void> {
    for (;;) {
      if (stopping.signal.aborted) return;
      const rows = due.all(Date.now()) as { id: string; tries: number; statement: string }[];
      if (!rows.length) return;
      const outcomes = await sendAll(rows);
      if (stopping.signal.aborted) return; // left pending: sent again on the next start
      let wait = 0;
      const now = new Date().toISOString();
      await commit(() =>
        rows.forEach((r, i) => {
          const o = outcomes[i]!;
          if (o.kind === 'sent') return markSent.run(now, r.id);
          if (o.kind === 'failed') {
            log(`LRS refused statement ${r.id}: ${o.error}`);
            return markFailed.run(o.error, r.id);
          }
          // Exponential backoff with jitter.
          const delay = o.afterMs ?? Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(r.tries, 20)) * (0.5 + Math.random() / 2);
          log(`LRS: statement ${r.id} not delivered (${o.error}); retrying in ${Math.round(delay / 1000)} s`);
          markRetry.run(Date.now() + delay, o.error, r.id);
          wait = Math.max(wait, delay);
        }),
      );
      if (wait > 0) {
        // The whole queue waits with the failed ones: the LRS is likely down for all.
        pausedUntil = Date.now() + wait;
        schedule(wait);
        return;
      }
    }
  }

  function run(): void {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((e: unknown) => log(`LRS sender: ${(e as Error).message}`))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule(0);
        } else if (!timer) schedule(pollMs);
      });
  }

  function schedule(ms: number): void {
    if (stopping.signal.aborted) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, Math.max(ms, pausedUntil - Date.now()));
    timer.unref?.();
  }

  schedule(0);
  return {
    endpoint,
    /** A statement was queued: look now rather than at the next poll. */
    nudge(): void {
      if (!running) schedule(0);
      else again = true;
    },
    async stop(): Promise<void> {
      stopping.abort();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type LrsSender = ReturnType<typeof startLrsSender>;
