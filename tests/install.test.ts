// `npm install` as a new user runs it: every dependency whose install script must run is named in package.json's
// allowScripts (npm 11 warns about, and is to skip, install scripts not named there: better-sqlite3 would have no SQLite).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

describe('npm install', () => {
  const lock = json('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
  const allowed = (json('package.json').allowScripts ?? {}) as Record<string, boolean>;
  const withScripts = Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && p.hasInstallScript)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));

  it('finds the dependencies with install scripts in the lockfile', () => {
    expect(withScripts).toContain('better-sqlite3');
  });

  it('names each of them in allowScripts, and nothing else', () => {
    expect(Object.keys(allowed).sort()).toEqual([...withScripts].sort());
    for (const name of withScripts) expect(allowed[name], `allowScripts.${name}`).toBe(true);
  });
});
