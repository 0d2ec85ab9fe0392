import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { buildLibrary, ContentError } from './src/content/library.ts';
import { readContentDir } from './scripts/readContent.ts';

/** Fails the build (and reports in dev) when a content file breaks the schema or a rule. */
function contentCheck(): Plugin {
  const check = () => {
    const { files, problems } = readContentDir(import.meta.dirname);
    if (problems.length) throw new ContentError(problems);
    buildLibrary(files);
  };
  return {
    name: 'unknot-content-check',
    buildStart() {
      // Unit tests check content in their own test, so one bad file fails that test, not every suite.
      if (process.env.VITEST) return;
      try {
        check();
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), contentCheck()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
