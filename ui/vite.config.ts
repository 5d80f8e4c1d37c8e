/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Tauri serves the built files from dist/ under a strict CSP
// (font-src 'self', no data: fonts), so nothing may be inlined.
export default defineConfig({
  plugins: [
    svelte({
      // Every compiler warning (a11y_* above all) fails the build: an
      // inaccessible control must never reach a patient.
      onwarn(warning) {
        throw new Error(
          `Svelte warning treated as error: ${warning.code}: ${warning.message}` +
            (warning.filename ? ` (${warning.filename}:${warning.start?.line ?? '?'})` : ''),
        );
      },
    }),
    svelteTesting(),
  ],
  clearScreen: false,
  server: { port: 1420, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'es2022',
    // The app embeds dist/ in its binary; source maps would only add weight.
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
  },
});
