import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';
import { phaserCore } from './src/build/phaser-core.ts';
import { classicScript, SCORM_MODE, scormBuild } from './src/build/scorm-build.ts';

export default defineConfig(({ mode }) => {
  const ink = inkPlugin();
  const served = {
    plugins: [ink, phaserCore(), ...(mode === SCORM_MODE ? [classicScript()] : [])],
    // Howler's core without its spatial-audio plugin (3D position, stereo pan), which the game never uses: Howler ships
    // the two as separate files (src/howler.core.js, src/plugins/howler.spatial.js); its `main` is both in one.
    resolve: { alias: [{ find: /^howler$/, replacement: resolve(import.meta.dirname, 'node_modules/howler/src/howler.core.js') }] },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 600, // Phaser's chunk is ~440 KB minified (src/build/phaser-game.cjs)
      rolldownOptions: {
        input: { game: resolve(import.meta.dirname, 'index.html'), trainer: resolve(import.meta.dirname, 'trainer.html') },
        output: {
          // Phaser in its own long-cached chunk so game code changes do not re-ship it; the stories two by two, those
          // that compress best together in one chunk (src/build/story-chunks.ts).
          codeSplitting: {
            groups: [
              { name: 'phaser', test: /node_modules[\\/]phaser/ },
              // What the stories share (the knots of stories/common and the code that puts them back) in a chunk of its own,
              // taken first: a story's group would otherwise take it in with the story.
              { name: 'shared-knots', test: /madoguchi-ink-shared|src[\\/]story[\\/]shared-knots/, priority: 1 },
              { name: (id: string) => ink.api!.storyChunk(id), debugName: 'stories', test: /\.ink$/ },
            ],
          },
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
