// Every version of each story this server has served. A trainee's attempt can wait in the browser's outbox
// (the server was down, the PC offline) while the server is updated to a release whose story text changed;
// replayed against the new story, that real play would be refused (422) and its result lost. So each version
// is kept, by the hash of its compiled JSON, from the first start that served it, and a submission the
// current story refuses is checked against the earlier versions, newest first (public.ts). An earlier
// version is still only the server's own story: a forged transcript matches none of them.
import { createHash } from 'node:crypto';
import type { DB } from './db';
import type { StoryVersion } from './replay-pool';

const hashOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

export function createStoryVersions(db: DB, storyOf: (scenario: string) => string) {
  const add = db.prepare('INSERT INTO story_versions (scenario, version, json, first_served) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const others = db.prepare<[string, string], { version: string; json: string }>(
    'SELECT version, json FROM story_versions WHERE scenario = ? AND version != ? ORDER BY first_served DESC, version',
  );
  const current = new Map<string, string>();
  const currentVersion = (scenario: string) => {
    let v = current.get(scenario);
    if (!v) current.set(scenario, (v = hashOf(storyOf(scenario))));
    return v;
  };
  return {
    /** Keeps the stories this server serves now (at start, for every scenario). */
    record(scenarios: readonly string[], now = new Date()): void {
      db.transaction(() => {
        for (const s of scenarios) add.run(s, currentVersion(s), storyOf(s), now.toISOString());
      })();
    },
    /** The versions of a scenario's story served before this one, newest first. */
    earlier(scenario: string): StoryVersion[] {
      return others.all(scenario, currentVersion(scenario));
    },
  };
}

export type StoryVersions = ReturnType<typeof createStoryVersions>;
