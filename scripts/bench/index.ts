// `npm run bench`: prints the figures the speed and size targets are checked against (never a timed test).
// Build first (`npm run build`) for the bundle, server and browser figures.
import { join } from 'node:path';
import { benchGame } from './browser';
import { benchBundle } from './bundle';
import { benchLrs } from './lrs';
import { benchScoring } from './scoring';
import { benchScorm } from './scorm';
import { benchServer } from './server';
import { startServer } from '../../tests/server-process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const dist = join(import.meta.dirname, '..', '..', 'dist');
benchScoring();
benchBundle(dist);
await benchServer(dist);
await benchLrs(dist);
const game = await startServer(join(mkdtempSync(join(tmpdir(), 'madoguchi-bench-game-')), 'r.sqlite'), dist);
try {
  await benchGame(game.base);
} finally {
  await game.stop();
}
await benchScorm();
