import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderPrinciples } from '../src/docs/principles';
import { renderScenarios } from '../src/docs/scenarios';

it.each([
  ['principles.md', renderPrinciples],
  ['scenarios.md', renderScenarios],
])('docs/%s is generated from the code (run `npm run docs` after changing a rule, a profile or a scenario)', (name, render) => {
  expect(readFileSync(join(import.meta.dirname, '..', 'docs', name), 'utf8')).toBe(render());
});
