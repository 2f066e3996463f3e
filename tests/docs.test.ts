import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderPrinciples } from '../src/docs/principles';

it('docs/principles.md is generated from the rules (run `npm run docs` after changing a rule or a profile)', () => {
  const checkedIn = readFileSync(join(import.meta.dirname, '..', 'docs', 'principles.md'), 'utf8');
  expect(checkedIn).toBe(renderPrinciples());
});
