/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { graphDataPlugin } from './src/build/graph-data-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';

export default defineConfig({
  plugins: [
    svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }),
    svelteTesting(),
    graphDataPlugin(fileURLToPath(new URL('./graph-data', import.meta.url))),
    // The built page's Content Security Policy (not the dev server's: see the plugin).
    cspPlugin(),
  ],
  // Relative base so the built app works from any path (file server, sub-folder, preview).
  base: './',
  // index.html lives in src/ so the repository's top level stays as documented.
  root: fileURLToPath(new URL('./src', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  // BUILD_OUT_DIR lets parallel work build (and preview) elsewhere than dist/.
  build: { outDir: process.env.BUILD_OUT_DIR ?? fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    setupFiles: ['tests/setup-dom.ts'],
  },
});
