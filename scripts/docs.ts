// `npm run docs`: regenerates docs/principles.md. The tests fail when the checked-in file differs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPrinciples } from '../src/docs/principles';

const path = join(import.meta.dirname, '..', 'docs', 'principles.md');
writeFileSync(path, renderPrinciples());
console.log(`wrote ${path}`);
