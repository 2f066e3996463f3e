// Every version of each story this server has served. A trainee's attempt can wait in the browser's outbox
// (the server was down, the PC offline) while the server is updated to a release whose story text changed;
// replayed against the new story, that real play would be refused (422) and its result lost. So each version
// is kept, by the hash of its compiled JSON, from the first time a server handed it to a replay worker, and a
// submission the current story refuses is checked against the few latest earlier versions, newest first
// (public.ts). An earlier version is still only the server's own story: a forged transcript matches none of them.
import { createHash } from 'node:crypto';
import type { DB } from './db';
import { EARLIER_VERSIONS } from './limits';

const hashOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

export function createStoryVersions(db: DB, storyOf: (scenario: string) => string) {
  const add = db.prepare('INSERT INTO story_versions (scenario, version, json, first_served) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const others = db.prepare<[string, string, number], { version: string }>(
    'SELECT version FROM story_versions WHERE scenario = ? AND version != ? ORDER BY first_served DESC, version LIMIT ?',
  );
  const jsonOf = db.prepare<[string, string], { json: string }>('SELECT json FROM story_versions WHERE scenario = ? AND version = ?');
  /** The story each scenario has now, hashed once; `kept` once this process has recorded it. */
  const current = new Map<string, { json: string; version: string; kept: boolean }>();
  const currentOf = (scenario: string, json = storyOf(scenario)) => {
    let c = current.get(scenario);
    if (c?.json !== json) current.set(scenario, (c = { json, version: hashOf(json), kept: false }));
    return c;
  };
  return {
    /** Keeps the story of a scenario the server serves now (app.ts: when it first hands it to a replay worker). */
    served(scenario: string, json: string, now = new Date()): void {
      const c = currentOf(scenario, json);
      if (c.kept) return; // once per process: each worker asks
      add.run(scenario, c.version, json, now.toISOString());
      c.kept = true;
    },
    /** The versions of a scenario's story served before this one, newest first, at most `limit` (EARLIER_VERSIONS). */
    earlier(scenario: string, limit = EARLIER_VERSIONS): string[] {
      return others.all(scenario, currentOf(scenario).version, limit).map((r) => r.version);
    },
    /** One earlier version's compiled story, read when it is tried (a few tens of KB each). */
    story(scenario: string, version: string): string | null {
      return jsonOf.get(scenario, version)?.json ?? null;
    },
  };
}

export type StoryVersions = ReturnType<typeof createStoryVersions>;
