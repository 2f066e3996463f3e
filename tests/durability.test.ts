// Nothing is lost: a server killed (SIGKILL) in the middle of a session and restarted keeps every confirmed attempt.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/server/db';
import { play } from './plays';
import { startServer, trainerCookie } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-kill-'));
const dbPath = join(dir, 'results.sqlite');

function attempt(i: number) {
  return {
    ...play('kosoku', { seed: i, pick: i }), // real plays: the server replays each one
    attemptId: randomUUID(),
    trainee: { name: `受講者${i}`, department: '研修' },
    scenario: 'kosoku',
  };
}

describe('a killed server', () => {
  it('loses no confirmed attempt after SIGKILL and a restart', async () => {
    const first = await startServer(dbPath, join(dir, 'no-dist'));
    const confirmed: string[] = [];
    const all = Array.from({ length: 80 }, (_, i) => attempt(i));
    // 40 trainees submit at once, twice over; the server is killed while the second wave is in flight.
    const send = (t: ReturnType<typeof attempt>) =>
      fetch(`${first.base}/api/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript: t }) })
        .then((r) => (r.status === 201 ? confirmed.push(t.attemptId) : undefined))
        .catch(() => undefined);
    await Promise.all(all.slice(0, 40).map(send));
    expect(confirmed).toHaveLength(40);
    const second = all.slice(40).map(send);
    while (confirmed.length < 50) await new Promise((r) => setTimeout(r, 2));
    await first.stop('SIGKILL');
    await Promise.all(second);

    const again = await startServer(dbPath, join(dir, 'no-dist'));
    const cookie = await trainerCookie(again.base);
    const list = (await (await fetch(`${again.base}/api/attempts?limit=1000`, { headers: { cookie } })).json()) as { attempts: { id: string }[] };
    const stored = new Set(list.attempts.map((a) => a.id));
    const lost = confirmed.filter((id) => !stored.has(id));
    console.log(`durability: ${confirmed.length} of 80 attempts confirmed before and around SIGKILL, ${lost.length} lost, ${stored.size} stored after the restart`);
    expect(lost).toEqual([]);
    // An attempt resent after the restart (the browser retrying) is stored once.
    const resend = all.find((t) => stored.has(t.attemptId))!;
    const res = await fetch(`${again.base}/api/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript: resend }) });
    expect(res.status).toBe(200);
    await again.stop();
    const db = openDatabase(dbPath);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((db.prepare('SELECT COUNT(*) AS n FROM attempts WHERE id = ?').get(resend.attemptId) as { n: number }).n).toBe(1);
    db.close();
  }, 180_000); // each start compiles the eighteen stories
});
