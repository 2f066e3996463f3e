// Every version of each story this server has served. A trainee's attempt can wait in the browser's outbox
// (the server was down, the PC offline) while the server is updated to a release whose story text changed;
// replayed against the new story, that real play would be refused (422) and its result lost. So each version
// is kept, by the hash of its compiled JSON, from the first start that served it, and a submission the
// current story refuses is checked against the earlier versions, newest first (public.ts). An earlier
// version is still only the server's own story: a forged transcript matches none of them.
import { createHash } from 'node:crypto';
import type { DB } from './db';
import { EARLIER_VERSIONS } from './limits';
import type { StoryVersion } from './replay-pool';

const hashOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

export function createStoryVersions(db: DB, storyOf: (scenario: string) => string) {
  const add = db.prepare('INSERT INTO story_versions (scenario, version, json, first_served) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const others = db.prepare<[string, string, number], { version: string }>(
    'SELECT version FROM story_versions WHERE scenario = ? AND version != ? ORDER BY first_served DESC, version LIMIT ?',
  );
  const jsonOf = db.prepare<[string, string], { json: string }>('SELECT json FROM story_versions WHERE scenario = ? AND version = ?');
  const current = new Map<string, string>();
  /** Scenarios whose current version this process has recorded. */
  const kept = new Set<string>();
  const currentVersion = (scenario: string) => {
    let v = current.get(scenario);
    if (!v) current.set(scenario, (v = hashOf(storyOf(scenario))));
    return v;
  };
  return {
    /** Keeps the story of a scenario the server serves now (app.ts: when it first hands it to a replay worker). */
    served(scenario: string, json: string, now = new Date()): void {
      const version = hashOf(json);
      if (current.get(scenario) === version && kept.has(scenario)) return; // once per process: each worker asks
      current.set(scenario, version);
      add.run(scenario, version, json, now.toISOString());
      kept.add(scenario);
    },
    /** The versions of a scenario's story served before this one, newest first, at most `limit` (EARLIER_VERSIONS). */
    earlier(scenario: string, limit = EARLIER_VERSIONS): string[] {
      return others.all(scenario, currentVersion(scenario), limit).map((r) => r.version);
    },
    /** One earlier version's compiled story, read when it is tried (a few tens of KB each). */
    story(scenario: string, version: string): StoryVersion | null {
      const r = jsonOf.get(scenario, version);
      return r ? { version, json: r.json } : null;
    },
  };
}

export type StoryVersions = ReturnType<typeof createStoryVersions>;
