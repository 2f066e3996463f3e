import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';
import { phaserCore } from './src/build/phaser-core.ts';
import { classicScript, SCORM_MODE, scormBuild } from './src/build/scorm-build.ts';

export default defineConfig(({ mode }) => {
  const served = {
    plugins: [inkPlugin(), phaserCore(), ...(mode === SCORM_MODE ? [classicScript()] : [])],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 600, // Phaser's core is ~540 KB minified
      rolldownOptions: {
        input: { game: resolve(import.meta.dirname, 'index.html'), trainer: resolve(import.meta.dirname, 'trainer.html') },
        output: {
          // Phaser in its own long-cached chunk so game code changes do not re-ship it.
          codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
        },
      },
    },
    server: { proxy: { '/api': 'http://localhost:8080' } },
  };
  if (mode !== SCORM_MODE) return served;
  // mergeConfig would concatenate the two inputs: the package build replaces the served build's options.
  const pkg = scormBuild();
  return mergeConfig({ ...served, build: { ...served.build, rolldownOptions: {} } }, pkg);
});
