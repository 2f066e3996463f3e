// Starts the real server as `npm start` would (after the build), on a free port, for browser and durability tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const TRAINER_PASSWORD = 'test-trainer-pw';

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startServer(db: string, dist = join(ROOT, 'dist'), port = 0): Promise<ServerProcess> {
  // One node process with tsx as its loader (not the tsx launcher, whose child would survive a SIGKILL).
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--db', db, '--dist', dist, '--trainer-password', TRAINER_PASSWORD], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /game (http:\/\/\S+?)\/\s/.exec(output);
      if (m) resolve({ base: m[1]!, child, stop: async (signal = 'SIGTERM') => { child.kill(signal); await exited; } });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

/** Logs in as the trainer and returns the cookie header. */
export async function trainerCookie(base: string): Promise<string> {
  const res = await fetch(`${base}/api/trainer/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: TRAINER_PASSWORD }) });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
