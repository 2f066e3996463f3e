// The promises the layout makes (README, Layout), checked on the source itself so that a shortcut fails here.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { describe, expect, inject, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? sources(path) : /\.ts$/.test(d.name) ? [path] : [];
  });
}
const files = sources(SRC).map((path) => ({ file: relative(ROOT, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));

/** The relative imports of a file, resolved against the repository root. */
const importsOf = (file: string, text: string) =>
  [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => join(file, '..', m[1]!).replaceAll('\\', '/'));

describe('the seams', () => {
  it('sees the source tree', () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['src/game/controller.ts', 'src/state/store.ts', 'src/ui/entry.ts', 'src/model/report.ts']));
  });

  it('lets only the controller write to the store', () => {
    const writers = files.filter((f) => f.file !== 'src/game/controller.ts' && /\bsetState\s*\(/.test(f.text)).map((f) => f.file);
    expect(writers, 'modules outside src/game/controller.ts that call setState').toEqual([]);
    // The check itself finds a write.
    expect(/\bsetState\s*\(/.test(files.find((f) => f.file === 'src/game/controller.ts')!.text)).toBe(true);
  });

  it('keeps the model free of the scoring engine: src/scoring imports src/model, never the other way round', () => {
    const model = files.filter((f) => f.file.startsWith('src/model/'));
    expect(model.length).toBeGreaterThan(4);
    const outward = model.flatMap((f) => importsOf(f.file, f.text).filter((target) => !target.startsWith('src/model/')).map((target) => `${f.file} → ${target}`));
    expect(outward).toEqual([]);
    // The scoring engine does read the model (so the check above is about a real edge).
    expect(files.filter((f) => f.file.startsWith('src/scoring/')).some((f) => importsOf(f.file, f.text).some((t) => t.startsWith('src/model/')))).toBe(true);
  });

  it('asks Phaser only for what the build\'s Phaser entry (src/build/phaser-game.cjs) installs', () => {
    // The entry leaves out Phaser's input, loader, timer, data and animation plugins and every game object but
    // Graphics and Text: in a build, a scene that used one would find it undefined.
    const phaser = files.filter((f) => /from 'phaser'/.test(f.text));
    expect(phaser.length).toBeGreaterThan(3);
    const missing = phaser.flatMap((f) =>
      [...f.text.matchAll(/\bthis\.(load|input|time|data|anims|make|physics|sound|lights|plugins|registry)\.|\bthis\.add\.(?!graphics\b|text\b)\w+|Phaser\.(?!Game\b|Scene\b|Scenes\.Events\b|Scale\.\w+|GameObjects\.(?:Graphics|Text)\b|Math\.DegToRad\b|CANVAS\b)[\w.]+/g)].map((m) => `${f.file}: ${m[0]}`),
    );
    expect(missing).toEqual([]);
  });

  it('exposes the writable store on window in test builds only, never in a production build', async () => {
    const exposes = (dist: string) => readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).some((f) => /window\.madoguchi\s*=/.test(readFileSync(join(dist, 'assets', f), 'utf8')));
    // The browser tests' build (tests/global-setup.ts, mode "test") has it: they read and set the store.
    expect(exposes(inject('dist'))).toBe(true);
    const outDir = join(mkdtempSync(join(tmpdir(), 'madoguchi-prod-')), 'dist');
    await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    expect(exposes(outDir)).toBe(false);
  }, 120_000);

  it('has one pass rule and one replay', () => {
    // The pass mark and the cap are named once (src/scoring/pass.ts); nothing else compares a score with a number.
    const restated = files.filter((f) => f.file !== 'src/scoring/pass.ts' && /score\s*>=?\s*\d|PASS_(SCORE|MARK)\s*=|CRITICAL_CAP\s*=|(?<![\d.])(80|40)点/.test(f.text)).map((f) => f.file);
    expect(restated).toEqual([]);
    // Only the story runner constructs a runner to replay choices; the game calls its replay().
    const runners = files.filter((f) => /new StoryRunner\(/.test(f.text)).map((f) => f.file);
    // The server's check steps the same runner choice by choice, to name the first choice that does not fit.
    expect(runners.sort()).toEqual(['src/game/controller.ts', 'src/server/replay-check.ts', 'src/story/runner.ts', 'src/story/walk.ts']);
    expect(files.find((f) => f.file === 'src/game/controller.ts')!.text).toMatch(/\breplay\(/);
  });
});
