// Forwarding to an LRS under a training room: 40 trainees submitting at once while each statement is PUT to a
// (fake, loopback) LRS, the sender's bookkeeping sharing the trainees' group commits. Prints the submissions'
// p50/p99 and how long until the last statement of the run reached the LRS.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeLrs } from '../../tests/fake-lrs';
import { startServer, trainerCookie } from '../../tests/server-process';
import { attempt, ms, pct } from './server';

export async function benchLrs(dist: string): Promise<void> {
  const lrs = await startFakeLrs();
  // The server reads its LRS from the environment (as a lead may configure it); set only for this child.
  const saved = process.env.MADOGUCHI_LRS_ENDPOINT;
  process.env.MADOGUCHI_LRS_ENDPOINT = lrs.url;
  const server = await startServer(join(mkdtempSync(join(tmpdir(), 'madoguchi-bench-lrs-')), 'r.sqlite'), dist);
  if (saved === undefined) delete process.env.MADOGUCHI_LRS_ENDPOINT;
  else process.env.MADOGUCHI_LRS_ENDPOINT = saved;
  try {
    // Real plays, as the server replays every submission (src/server/replay.ts).
    const body = (i: number) => JSON.stringify({ transcript: { ...attempt(i), playedSeconds: 600 } });
    const post = async (payload: string) => {
      const t = performance.now();
      const res = await fetch(`${server.base}/api/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
      if (res.status !== 201) throw new Error(`POST ${res.status}`);
      return performance.now() - t;
    };
    const latencies: number[] = [];
    const start = performance.now();
    for (let n = 0; n < 10; n++) {
      const bodies = Array.from({ length: 40 }, (_, i) => body(n * 40 + i));
      latencies.push(...(await Promise.all(bodies.map(post))));
    }
    const submitted = performance.now();
    const cookie = await trainerCookie(server.base);
    for (;;) {
      const s = (await (await fetch(`${server.base}/api/xapi/outbox`, { headers: { cookie } })).json()) as { pending: number; sent: number };
      if (s.pending === 0 && s.sent === 400) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const delivered = performance.now();
    console.log(
      `lrs: 10 waves of 40 submissions forwarded to an LRS: p50 ${ms(pct(latencies, 50))} / p99 ${ms(pct(latencies, 99))}; all 400 statements in the LRS ${ms(delivered - start)} after the first submission (${ms(delivered - submitted)} after the last); ${lrs.held.size} held`,
    );
  } finally {
    await server.stop();
    await lrs.close();
  }
}

// Also runs alone: npx tsx scripts/bench/lrs.ts (after npm run build).
if (process.argv[1]?.endsWith('lrs.ts')) await benchLrs(join(import.meta.dirname, '..', '..', 'dist'));
