import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';
import { phaserCore } from './src/build/phaser-core.ts';

export default defineConfig({
  plugins: [inkPlugin(), phaserCore()],
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
});
