// Which variants this trainee met before: the seeds of their earlier attempts at a scenario. In a session
// the server knows (any PC, any year); in self-study only this browser does.
import { identityKey } from '../model/identity';
import type { Trainee } from '../model/transcript';
import { seenOnServer } from './api';

const KEY = 'madoguchi.seen';
const KEEP = 10;

// The trainee is normalised by the join form (src/ui/entry.ts), so the key is the server's identity.
const who = (t: Trainee, scenario: string) => `${identityKey(t)}\n${scenario}`;

function local(): Record<string, number[]> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, number[]>;
  } catch {
    return {};
  }
}

/** Called when an attempt is finished: its seed becomes a variant this trainee has met. */
export function rememberSeed(trainee: Trainee, scenario: string, seed: number): void {
  const all = local();
  const key = who(trainee, scenario);
  all[key] = [seed, ...(all[key] ?? []).filter((s) => s !== seed)].slice(0, KEEP);
  try {
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full or off: the trainee may meet a variant again, nothing worse.
  }
}

/** Seeds met before, newest first: the server's (in a session) and this browser's, each once. */
export async function seenSeeds(trainee: Trainee, scenario: string, sessionCode: string | null): Promise<number[]> {
  const remote = sessionCode ? await seenOnServer(sessionCode, trainee, scenario) : [];
  return [...new Set([...(local()[who(trainee, scenario)] ?? []), ...remote])];
}
