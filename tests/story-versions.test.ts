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
    createStoryVersions(db, storyOf).served('kosoku', storyOf('kosoku'), new Date('2026-11-01T09:00:00Z')); // the previous release's start
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

  it('tries only the latest earlier versions, and only when the current story refuses the play', async () => {
    // The matching version is the fourth newest of the earlier ones: beyond EARLIER_VERSIONS (3), not tried.
    const db = openDatabase(':memory:');
    const versions = createStoryVersions(db, storyOf);
    versions.served('kosoku', storyOf('kosoku'), new Date('2026-08-01T09:00:00Z'));
    for (const [k, month] of ['09', '10', '11'].entries()) versions.served('kosoku', storyOf('kosoku').replace(BEFORE, `版${k}`), new Date(`2026-${month}-01T09:00:00Z`));
    expect((await server(db)(before(3))).statusCode).toBe(422);
    // A current story that fails to build is the server's fault (500), not a refusal: no earlier version is tried.
    const other = openDatabase(':memory:');
    createStoryVersions(other, storyOf).served('kosoku', storyOf('kosoku'), new Date('2026-11-01T09:00:00Z'));
    const broken = buildApp({ db: other, replay: { size: 1, storyOf: () => { throw new Error('kosoku.ink does not compile'); } } });
    closing.push(broken);
    const r = await broken.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: before(3) } });
    expect(r.statusCode).toBe(500);
  }, SLOW);

  it('keeps each story a server hands to its workers, once per version', async () => {
    const db = openDatabase(':memory:');
    const app = buildApp({ db, replay: { size: 1, warm: ['kosoku'] } });
    closing.push(app);
    await app.ready();
    const rows = () => db.prepare('SELECT scenario, version, json FROM story_versions ORDER BY first_served').all() as { scenario: string; version: string; json: string }[];
    expect(rows().map((r) => [r.scenario, r.json])).toEqual([['kosoku', storyOf('kosoku')]]);
    // A play of another scenario hands its story over when first checked.
    await app.inject({ method: 'POST', url: '/api/attempts', payload: { transcript: { ...play('bogen', { seed: 1 }), attemptId: crypto.randomUUID() } } });
    expect(rows().map((r) => r.scenario).sort()).toEqual(['bogen', 'kosoku']);
    // The same version again adds nothing; the next release adds one, and the current is never among the earlier.
    createStoryVersions(db, storyOf).served('kosoku', storyOf('kosoku'));
    createStoryVersions(db, updated).served('kosoku', updated('kosoku'), new Date(Date.now() + 60_000));
    expect(rows().filter((r) => r.scenario === 'kosoku').map((r) => r.json)).toEqual([storyOf('kosoku'), updated('kosoku')]);
    const next = createStoryVersions(db, updated);
    expect(next.earlier('kosoku')).toEqual([rows()[0]!.version]);
    expect(next.story('kosoku', rows()[0]!.version)).toBe(storyOf('kosoku'));
  }, SLOW);
});
