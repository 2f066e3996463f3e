// `npm run docs`: regenerates the pages for training leads in docs/. The tests fail when a checked-in page differs
// (docs/scenarios.md is checked by the story tests, which walk every path anyway).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileInk } from '../src/build/ink';
import { renderPrinciples } from '../src/docs/principles';
import { renderScenarios } from '../src/docs/scenarios';
import { SCENARIOS } from '../src/model/scenarios';
import { walkScenario } from '../src/story/ending-figures';

const root = join(import.meta.dirname, '..');
const figures = new Map(
  SCENARIOS.map((s) => {
    const file = join(root, 'stories', s.file);
    const source = readFileSync(file, 'utf8');
    return [s.id, walkScenario(s, compileInk(file, source), source).rows] as const;
  }),
);
const pages: Record<string, string> = { 'principles.md': renderPrinciples(), 'scenarios.md': renderScenarios(figures) };
for (const [name, text] of Object.entries(pages)) {
  const path = join(root, 'docs', name);
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
