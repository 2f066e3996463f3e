// `npm run bench`: prints the figures the speed and size targets are checked against (never a timed test).
// Build first (`npm run build`) for the bundle, server and browser figures.
// `npm run bench -- server` (or scoring, bundle, lrs, game, scorm) prints only those parts.
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
const PARTS = ['scoring', 'bundle', 'server', 'lrs', 'game', 'scorm'];
const asked = process.argv.slice(2);
for (const p of asked) if (!PARTS.includes(p)) throw new Error(`bench: unknown part "${p}" (the parts are ${PARTS.join(', ')})`);
const wanted = (part: string) => asked.length === 0 || asked.includes(part);

if (wanted('scoring')) benchScoring();
if (wanted('bundle')) benchBundle(dist);
if (wanted('server')) await benchServer(dist);
if (wanted('lrs')) await benchLrs(dist);
if (wanted('game')) {
  const game = await startServer(join(mkdtempSync(join(tmpdir(), 'madoguchi-bench-game-')), 'r.sqlite'), dist);
  try {
    await benchGame(game.base);
  } finally {
    await game.stop();
  }
}
if (wanted('scorm')) await benchScorm();
