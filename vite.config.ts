import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { contentPlugin } from './scripts/contentPlugin.ts';
import { securityPlugin } from './scripts/securityPlugin.ts';
import { badPathPlugin } from './scripts/badPathPlugin.ts';

/**
 * react-router's package exports only its development build; the production build (no dev warnings,
 * smaller) ships beside it. Both entry points must come from the same build, or they don't share state.
 */
const reactRouterProduction = (file: string) =>
  join(import.meta.dirname, 'node_modules/react-router/dist/production', file);

export default defineConfig(({ command, isSsrBuild }) => ({
  resolve: {
    alias:
      command === 'build' && !isSsrBuild
        ? [
            { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
          ]
        : [],
  },
  plugins: [react(), contentPlugin(import.meta.dirname), securityPlugin(), badPathPlugin()],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
}));
