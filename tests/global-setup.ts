// Builds the game once for every browser test (into a folder of its own, never the user's dist/).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<void> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'madoguchi-dist-')), 'dist');
  // Mode "test": the page exposes its store as window.madoguchi for the tests (src/main.ts); production does not.
  await build({ root: join(import.meta.dirname, '..'), mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('dist', outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
  }
}
