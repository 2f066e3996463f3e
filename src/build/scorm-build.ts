// The SCORM package build (`vite build --mode scorm`, run by `npm run package:scorm`): relative paths
// (the package lives under an LMS path, not at `/`), the game only (no trainer pages: no server), and one
// classic script instead of ES module chunks, because browsers refuse module scripts on file:// pages
// and the package's index.html must also open straight from a folder (self-study).
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');

export const SCORM_MODE = 'scorm';

export function scormBuild(): UserConfig {
  return {
    base: './',
    build: {
      outDir: 'dist-scorm/site',
      emptyOutDir: true,
      assetsInlineLimit: 0,
      modulePreload: false,
      rolldownOptions: {
        input: { game: resolve(root, 'index.html') },
        // Stories and principle texts become part of the one script (no chunks to fetch by URL).
        output: { format: 'iife', codeSplitting: false },
      },
    },
  };
}

/** Rewrites Vite's `<script type="module" crossorigin>` into a deferred classic script that file:// allows. */
export function classicScript(): Plugin {
  return {
    name: 'madoguchi-classic-script',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" crossorigin/g, '<script defer').replace(/ crossorigin(?=[ >])/g, ''),
    },
  };
}
