// Every finished attempt is kept in IndexedDB until the server confirms it, and resent with
// backoff while the server cannot be reached, so a trainee's result is never lost.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Transcript } from '../model/transcript';
import { submitAttempt, SubmitError } from './api';

export interface OutboxState {
  pending: number;
  /** Attempts the server refused (bad input): kept, never resent automatically. */
  rejected: number;
  lastError: string | null;
}

/** An attempt waiting to be sent, with the session token it is sent under. */
interface Entry {
  transcript: Transcript;
  token?: string;
}
// Entries kept by an earlier version are the bare transcript.
const entryOf = (v: Entry | Transcript): Entry => ('format' in v ? { transcript: v } : v);

let db: UseStore | null = null;
const memory = new Map<string, Entry>(); // if IndexedDB is unavailable (some private modes)
let retry: ReturnType<typeof setTimeout> | null = null;
let failures = 0;
let listener: (s: OutboxState) => void = () => {};

function store(): UseStore | null {
  try {
    db ??= createStore('madoguchi', 'outbox');
    return db;
  } catch {
    return null;
  }
}

async function all(): Promise<[string, Entry][]> {
  const s = store();
  try {
    if (s) return (await entries<string, Entry | Transcript>(s)).map(([k, v]): [string, Entry] => [k, entryOf(v)]).concat([...memory]);
  } catch {
    /* fall through to memory */
  }
  return [...memory];
}

async function put(key: string, e: Entry): Promise<void> {
  const s = store();
  try {
    if (s) return await set(key, e, s);
  } catch {
    /* fall through to memory */
  }
  memory.set(key, e);
}

async function remove(key: string): Promise<void> {
  memory.delete(key);
  const s = store();
  try {
    if (s) await del(key, s);
  } catch {
    /* already gone from memory */
  }
}

export function onOutboxChange(fn: (s: OutboxState) => void): void {
  listener = fn;
}

/** Keeps an attempt (with the session token, if any), then tries to deliver everything waiting. */
export async function keep(t: Transcript, token?: string): Promise<void> {
  await put(`pending:${t.attemptId}`, token ? { transcript: t, token } : { transcript: t });
  await flush();
}

/** Sends every waiting attempt; schedules a retry with exponential backoff if the server is unreachable. */
export async function flush(): Promise<OutboxState> {
  if (retry) clearTimeout(retry);
  retry = null;
  let lastError: string | null = null;
  for (const [key, entry] of await all()) {
    if (!key.startsWith('pending:')) continue;
    try {
      await submitAttempt(entry.transcript, entry.token);
      await remove(key);
      failures = 0;
    } catch (e) {
      lastError = (e as Error).message;
      if (e instanceof SubmitError && e.permanent) {
        await put(`rejected:${entry.transcript.attemptId}`, entry);
        await remove(key);
      }
    }
  }
  const items = await all();
  const state = { pending: items.filter(([k]) => k.startsWith('pending:')).length, rejected: items.filter(([k]) => k.startsWith('rejected:')).length, lastError };
  if (state.pending > 0) {
    failures++;
    const delay = Math.min(60_000, 1000 * 2 ** Math.min(failures - 1, 6)) * (0.8 + Math.random() * 0.4);
    retry = setTimeout(() => void flush(), delay);
  }
  listener(state);
  return state;
}
