import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { renderPrinciples } from '../src/docs/principles';

// docs/scenarios.md carries the figures of every walked path, so tests/stories.test.ts checks it after walking them.
it('docs/principles.md is generated from the code (run `npm run docs` after changing a rule or a profile)', () => {
  expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'principles.md'), 'utf8')).toBe(renderPrinciples());
});

/** True when every 「 closes with a 」 in order, and 『』 likewise, on each line. */
function balanced(text: string): boolean {
  for (const line of text.split('\n')) {
    const stack: string[] = [];
    for (const ch of line) {
      if (ch === '「' || ch === '『') stack.push(ch);
      else if (ch === '」' || ch === '』') {
        if (stack.pop() !== (ch === '」' ? '「' : '『')) return false;
      }
    }
    if (stack.length) return false;
  }
  return true;
}

it('quotes every passage in docs/principles.md with balanced 「」 and 『』', () => {
  const page = renderPrinciples();
  const bad = page.split('\n').filter((l) => !balanced(l));
  expect(bad).toEqual([]);
  expect(balanced('「a「b」')).toBe(false); // the check itself can fail
  expect(page).not.toMatch(/5市とも30分/);
});
