// An attempt played before an update that changed its story's text still replays (src/server/story-versions.ts):
// the server keeps every version of each story it has served and checks a refused play against the earlier ones.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app';
import { openDatabase, type DB } from '../src/server/db';
import { storyOf } from '../src/server/replay';
import { createStoryVersions } from '../src/server/story-versions';
import { play } from './plays';

const SLOW = 60_000; // worker threads load their modules through tsx: seconds on a busy machine
const closing: { close(): Promise<unknown> }[] = [];
afterAll(() => Promise.all(closing.map((c) => c.close())));

// The release after an update: kosoku's first line reworded.
const BEFORE = 'この通知、いったいどういうことなんだ。';
const AFTER = 'この通知は、どういうことなんだ。';
const updated = (scenario: string) => (scenario === 'kosoku' ? storyOf(scenario).replace(BEFORE, AFTER) : storyOf(scenario));

function server(db: DB) {
  const app = buildApp({ db, replay: { size: 1, storyOf: updated } });
  closing.push(app);
  return (t: object) => app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: t } });
}
/** A play in self-study (kosoku is 奥州市's), on the story as it was before the update. */
const before = (seed: number) => ({ ...play('kosoku', { seed }), attemptId: crypto.randomUUID() });

describe('a play kept in an outbox across an update', () => {
  it('is refused when the story it was played on was never kept (the wording differs at the first line)', async () => {
    expect(storyOf('kosoku')).toContain(BEFORE);
    const submit = server(openDatabase(':memory:'));
    const r = await submit(before(3));
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatch(/^transcript\.events\[0\]: the story replayed from this seed and these choices gives .*この通知は、どういうことなんだ。/);
  }, SLOW);

  it('is stored when an earlier start served that story, and a forgery still gets the current story’s 422', async () => {
    const db = openDatabase(':memory:');
    createStoryVersions(db, storyOf).record(['kosoku'], new Date('2026-11-01T09:00:00Z')); // the previous release's start
    const submit = server(db);
    const t = before(3);
    const stored = await submit(t);
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({ id: t.attemptId, created: true });
    // A transcript the old story never gave (one event's act changed) matches neither version.
    const forged = { ...before(4), events: before(4).events.map((e, i) => (i === 2 ? { ...e, act: 'staff.listen' as const } : e)) };
    const refused = await submit(forged);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatch(/^transcript\.events\[0\]: .*この通知は、どういうことなんだ。/);
    // A play of the story as it is now passes as always.
    const now = { ...before(5), events: before(5).events.map((e) => ({ ...e, ...(e.text ? { text: e.text.replace(BEFORE, AFTER) } : {}) })) };
    expect((await submit(now)).statusCode).toBe(201);
  }, SLOW);

  it('keeps the stories a server warms at start, once per version', async () => {
    const db = openDatabase(':memory:');
    const app = buildApp({ db, replay: { size: 1, warm: ['kosoku'] } });
    closing.push(app);
    await app.ready();
    createStoryVersions(db, storyOf).record(['kosoku']); // the same version again: nothing added
    createStoryVersions(db, updated).record(['kosoku'], new Date(Date.now() + 60_000)); // the next release
    const rows = db.prepare('SELECT scenario, version, json FROM story_versions ORDER BY first_served').all() as { scenario: string; version: string; json: string }[];
    expect(rows.map((r) => r.scenario)).toEqual(['kosoku', 'kosoku']);
    expect(rows[0]!.json).toBe(storyOf('kosoku'));
    expect(rows[1]!.json).toBe(updated('kosoku'));
    expect(createStoryVersions(db, updated).earlier('kosoku')).toEqual([{ version: rows[0]!.version, json: storyOf('kosoku') }]);
  }, SLOW);
});
