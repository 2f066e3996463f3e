// The trainer password (a scrypt hash in the database) and trainer logins (random tokens in an HttpOnly cookie).
// scrypt runs on libuv's thread pool (about 35 ms each), never on the event loop, and at most
// MAX_VERIFYING run at once: a flood of logins is refused (429) instead of queueing behind the
// trainees' submissions, which share the two cores.
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { DB } from './db';

export const COOKIE = 'madoguchi_trainer';
const LOGIN_HOURS = 12;
const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
/** Password hashes computed at once; more logins at the same moment are told to wait (429). */
export const MAX_VERIFYING = 2;

/** Too many logins at once: try again shortly. */
export class Busy extends Error {}

const scryptAsync = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password, salt, length, options, (e, key) => (e ? reject(e) : resolve(key))));

let verifying = 0;
/** Runs one scrypt if fewer than MAX_VERIFYING are running, else throws Busy. */
async function limited<T>(run: () => Promise<T>): Promise<T> {
  if (verifying >= MAX_VERIFYING) throw new Busy('too many logins at once; try again in a moment');
  verifying++;
  try {
    return await run();
  } finally {
    verifying--;
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, N, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(N), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

/** Why a password is not acceptable, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'パスワードは8文字以上にしてください。';
  if (password.length > 200) return 'パスワードが長すぎます。';
  return null;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export function createAuth(db: DB) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const addLogin = db.prepare('INSERT INTO logins (token_hash, expires_at) VALUES (?, ?)');
  const findLogin = db.prepare<[string, string], { token_hash: string }>('SELECT token_hash FROM logins WHERE token_hash = ? AND expires_at > ?');
  const dropLogin = db.prepare('DELETE FROM logins WHERE token_hash = ?');
  const sweep = db.prepare('DELETE FROM logins WHERE expires_at <= ?');

  return {
    hasPassword(): boolean {
      return get.get('trainer_password') !== undefined;
    },
    async setPassword(password: string): Promise<void> {
      const problem = passwordProblem(password);
      if (problem) throw new Error(problem);
      set.run('trainer_password', await limited(() => hashPassword(password)));
      db.prepare('DELETE FROM logins').run(); // a new password signs everyone out
    },
    /** Returns a login token for the right password, or null; throws Busy when MAX_VERIFYING logins are being checked. */
    async login(password: string, now = new Date()): Promise<string | null> {
      const stored = get.get('trainer_password')?.value;
      if (!stored || !(await limited(() => verifyPassword(password, stored)))) return null;
      return this.issue(now);
    },
    /** A new login token (after the password was checked, or just set). */
    issue(now = new Date()): string {
      sweep.run(now.toISOString());
      const token = randomBytes(32).toString('base64url');
      addLogin.run(digest(token), new Date(now.getTime() + LOGIN_HOURS * 3600_000).toISOString());
      return token;
    },
    check(token: string | undefined, now = new Date()): boolean {
      return !!token && findLogin.get(digest(token), now.toISOString()) !== undefined;
    },
    logout(token: string | undefined): void {
      if (token) dropLogin.run(digest(token));
    },
    maxAgeSeconds: LOGIN_HOURS * 3600,
  };
}

export type Auth = ReturnType<typeof createAuth>;
