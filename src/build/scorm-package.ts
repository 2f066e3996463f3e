// `npm run package:scorm`: builds the game for an LMS (src/build/scorm-build.ts) and zips it with fflate
// into one single-SCO package per scenario plus one course package with every scenario.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { SCENARIOS } from '../model/scenarios';
import { SCORM_MODE } from './scorm-build';
import { scormManifest, type ScoEntry } from './scorm-manifest';

const root = resolve(import.meta.dirname, '..', '..');
const COURSE_TITLE = '窓口 — カスハラ対応トレーニング';
// A fixed date, so the same build gives byte-identical zips.
const MTIME = new Date('2026-01-01T00:00:00Z');

export interface BuiltPackage {
  file: string;
  bytes: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

function zip(site: string, files: string[], manifest: string): Uint8Array {
  const entries: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime: MTIME }] };
  for (const f of files) entries[f] = [readFileSync(join(site, f)), { mtime: MTIME }];
  return zipSync(entries, { level: 9 });
}

/** Builds into `outDir/site`, then writes `outDir/madoguchi-<scenario>.zip` for each scenario and `outDir/madoguchi-course.zip`. */
export async function packageScorm(outDir = join(root, 'dist-scorm')): Promise<BuiltPackage[]> {
  const site = join(outDir, 'site');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({ root, mode: SCORM_MODE, logLevel: 'error', build: { outDir: site, emptyOutDir: true } });
  const files = listFiles(site);
  const scos: ScoEntry[] = SCENARIOS.map((s) => ({ id: s.id, title: s.title }));
  const packages: [string, string, ScoEntry[]][] = [
    ...scos.map((s): [string, string, ScoEntry[]] => [s.id, `${COURSE_TITLE}：${s.title}`, [s]]),
    ['course', COURSE_TITLE, scos],
  ];
  return packages.map(([id, title, items]) => {
    const file = join(outDir, `madoguchi-${id}.zip`);
    const data = zip(site, files, scormManifest(id, title, items, files));
    writeFileSync(file, data);
    return { file, bytes: data.length };
  });
}
