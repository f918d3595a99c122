import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * V8's explicit compile hint: every function of a chunk is compiled with the chunk, on the thread that
 * streams it in, instead of on the main thread at its first call during the first render. It must be
 * the file's first line, so it is added after Vite has written the chunks (its preload map included).
 */
const compileHint = '//# allFunctionsCalledOnLoad';
const compileEverythingOnLoad: Plugin = {
  name: 'compile-everything-on-load',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `${compileHint}\n${chunk.code}`;
    },
  },
};

/**
 * The browser app. Preact's JSX is compiled by Vite's own transformer (oxc), so no Babel plugin
 * is needed; `/api` is the same-origin prefix of the API (see docs/web.md).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [compileEverythingOnLoad],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Each page and each language is a chunk of its own (src/pages.tsx, src/i18n/languages.ts);
        // what the pages share (components, session, Preact, the API client) goes into one chunk that
        // index.html preloads with the entry, rather than a handful of tiny ones found one by one.
        codeSplitting: { groups: [{ name: 'components', test: /\/web\/src\/(components|session)\/|\/web\/src\/i18n\/web-catalogue/ }] },
      },
    },
  },
  server: {
    proxy: { '/api': { target: process.env.API_ORIGIN ?? 'http://localhost:3000', rewrite: (path) => path.replace(/^\/api/, '') } },
  },
});
