// The results server under a training room: 40 trainees submitting at once, and the trainer pages over 10,000 attempts.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAttempts } from '../../src/server/attempts';
import { createAuth } from '../../src/server/auth';
import { openDatabase } from '../../src/server/db';
import { startServer, trainerCookie, TRAINER_PASSWORD } from '../../tests/server-process';
import { randomTranscript } from './scoring';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function attempt(i: number) {
  return { ...randomTranscript(i + 7), attemptId: randomUUID(), trainee: { name: `受講者${i % 40}`, department: `課${i % 6}` }, scenario: 'kosoku' };
}

export async function benchServer(dist: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-'));
  const dbPath = join(dir, 'results.sqlite');
  // 10,000 stored attempts, written once in one transaction before the server starts.
  const db = openDatabase(dbPath);
  createAuth(db).setPassword(TRAINER_PASSWORD);
  const attempts = createAttempts(db);
  const seeded = performance.now();
  db.transaction(() => {
    for (let i = 0; i < 10_000; i++) attempts.save(attempt(i), randomUUID(), null, new Date(Date.UTC(2026, 3, 1) + i * 60_000));
  })();
  db.close();
  console.log(`server: seeded 10,000 attempts in ${Math.round(performance.now() - seeded)} ms`);

  const server = await startServer(dbPath, dist);
  try {
    const post = async (body: unknown) => {
      const t = performance.now();
      const res = await fetch(`${server.base}/api/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`POST ${res.status}`);
      return performance.now() - t;
    };
    await Promise.all(Array.from({ length: 40 }, (_, i) => post({ transcript: attempt(i) }))); // warm up
    const latencies: number[] = [];
    for (let wave = 0; wave < 10; wave++) latencies.push(...(await Promise.all(Array.from({ length: 40 }, (_, i) => post({ transcript: attempt(wave * 40 + i) })))));
    console.log(`server: 40 trainees submitting at once (10 waves, ${latencies.length} requests): p50 ${ms(pct(latencies, 50))}, p99 ${ms(pct(latencies, 99))}, max ${ms(Math.max(...latencies))} (target p99 < 50 ms)`);

    const cookie = await trainerCookie(server.base);
    const dashboard = ['/trainer', '/api/trainer/status', '/api/stats', '/api/attempts?limit=200', '/api/sessions'];
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t = performance.now();
      await Promise.all(dashboard.map((u) => fetch(`${server.base}${u}`, { headers: { cookie } }).then((r) => r.arrayBuffer())));
      times.push(performance.now() - t);
    }
    console.log(`server: trainer dashboard requests over ${(10_000 + 440).toLocaleString('en')} attempts: median ${ms(pct(times, 50))}, worst ${ms(Math.max(...times))} (target < 1 s with the page; see the browser figure)`);
    return void (await import('./browser').then((b) => b.benchTrainerPage(server.base)));
  } finally {
    await server.stop();
  }
}
