import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The browser app. Preact's JSX is compiled by Vite's own transformer (oxc), so no Babel plugin
 * is needed; `/api` is the same-origin prefix of the API (see docs/web.md).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One small bundle: the whole app is well under the 60 KB budget, so no route splitting.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': { target: process.env.API_ORIGIN ?? 'http://localhost:3000', rewrite: (path) => path.replace(/^\/api/, '') } },
  },
});
