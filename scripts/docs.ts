// `npm run docs`: regenerates the pages for training leads in docs/. The tests fail when a checked-in page differs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPrinciples } from '../src/docs/principles';
import { renderScenarios } from '../src/docs/scenarios';

export const PAGES: Record<string, () => string> = { 'principles.md': renderPrinciples, 'scenarios.md': renderScenarios };

for (const [name, render] of Object.entries(PAGES)) {
  const path = join(import.meta.dirname, '..', 'docs', name);
  writeFileSync(path, render());
  console.log(`wrote ${path}`);
}
