import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { netzatlasPlugin } from './src/cli/vite-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // relative asset paths: the built site works from any folder of any static server
  base: './',
  publicDir: false,
  plugins: [netzatlasPlugin({ dataDir: `${root}data` })],
  server: { port: 5173, strictPort: false, host: 'localhost' },
  preview: { port: 4173, host: 'localhost' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022', chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
  // the tests are configured in vitest.config.ts and vitest.e2e.config.ts
});
