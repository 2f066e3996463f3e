import type { SessionForTrainee } from '../model/attempt';
import type { Trainee, Transcript } from '../model/transcript';

export class SubmitError extends Error {
  /** The server understood and refused the attempt: resending the same body will not help. */
  readonly permanent: boolean;
  constructor(
    message: string,
    /** The server's HTTP status (0: it could not be reached). */
    readonly status: number,
  ) {
    super(message);
    this.permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  }
}

/** `token`: the one the server gave this trainee on joining a session; progress and attempts in the session need it. */
async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  let res: Response;
  try {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  } catch {
    throw new SubmitError('サーバーに接続できません', 0);
  }
  const data = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new SubmitError(data.error ?? `HTTP ${res.status}`, res.status);
  return data;
}

/** Sends a finished attempt; the server scores the transcript itself. */
export async function submitAttempt(transcript: Transcript, token?: string): Promise<void> {
  await post('/api/attempts', { transcript }, token);
}

export function joinSession(code: string, trainee: Trainee): Promise<SessionForTrainee> {
  return post('/api/sessions/join', { code, trainee });
}

/** Seeds of this trainee's earlier attempts at a scenario, newest first; none when the server is slow or away. */
export async function seenOnServer(code: string, trainee: Trainee, scenario: string): Promise<number[]> {
  const q = new URLSearchParams({ scenario, ...trainee });
  try {
    const res = await fetch(`/api/sessions/${encodeURIComponent(code)}/variants?${q}`, { signal: AbortSignal.timeout(1500) });
    const data = (await res.json()) as { seen?: unknown };
    return res.ok && Array.isArray(data.seen) ? data.seen.filter((s): s is number => Number.isInteger(s)) : [];
  } catch {
    return [];
  }
}

/**
 * Tells the lead's live view what a trainee is doing; best effort. At the ending, `ending` (the play's seed
 * and choices) lets the server replay the play while the record sheet is written, so the submission that
 * follows is checked at once (src/server/replay-pool.ts).
 */
export function reportProgress(session: { code: string; token?: string }, status: 'playing', scenario: string, ending?: { seed: number; choices: number[] }): void {
  void post(`/api/sessions/${encodeURIComponent(session.code)}/progress`, { status, scenario, ...(ending ? { ending } : {}) }, session.token).catch(() => {});
}
