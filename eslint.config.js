import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersPlugin } from './scripts/eslint-layers.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports point one way; a feature uses another only through its index.ts (scripts/eslint-layers.js).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/one-way': 'error' },
  },
  {
    // The engine and the content rules are the pure core: no React, zustand or DOM, and time comes in
    // as an argument, so they run in Node and tests replay any timeline.
    files: ['src/engine/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'framer-motion', 'workbox-*'] },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'performance'],
        ...['setTimeout', 'setInterval', 'requestAnimationFrame', 'speechSynthesis', 'Audio'],
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'take `now` as an argument' }],
    },
  },
);
