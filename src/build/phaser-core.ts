// Phaser built from its sources with the Canvas renderer only, through our own entry (src/build/phaser-game.cjs),
// which takes what the scenes use the way Phaser's own phaser-core.js entry takes its "core". Phaser's prebuilt
// ESM file does not tree-shake: it ships physics, tilemaps, particles and both renderers (357 KB gzipped);
// phaser-core.js with the Canvas renderer was 149 KB (145 KB as Phaser 4.2 builds); our entry, without the input
// plugins, the loader, sprites, images, layers and filters that phaser-core.js also requires, is 119 KB. Canvas
// also draws these still scenes far faster where WebGL has no GPU (software WebGL in virtual desktops and headless
// browsers): frames 17 ms instead of 33–67 ms. See README, design notes.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');

/** The compile-time switches Phaser's own webpack build defines (node_modules/phaser/config). */
const FLAGS = { CANVAS_RENDERER: true, WEBGL_RENDERER: false, WEBGL_DEBUG: false, FEATURE_SOUND: false, PLUGIN_CAMERA3D: false, PLUGIN_FBINSTANT: false };

export function phaserCore(): Plugin {
  return {
    name: 'madoguchi-phaser-core',
    // Builds only: `npm run dev` serves Phaser's prebuilt file, which has the Canvas renderer too (Vite's
    // dependency pre-bundling would not apply these switches to the sources).
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^phaser$/, replacement: resolve(root, 'src/build/phaser-game.cjs') }] },
      define: {
        ...Object.fromEntries(Object.entries(FLAGS).map(([k, v]) => [`typeof ${k}`, JSON.stringify(v)])),
        global: 'globalThis', // phaser-game.cjs, like phaser-core.js, ends with `global.Phaser = Phaser`
      },
    }),
  };
}
