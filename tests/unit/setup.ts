import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { dismissProblems } from '../../src/storage/problems';

afterEach(() => {
  cleanup();
  localStorage.clear();
  dismissProblems();
});

// jsdom lays nothing out, so nothing scrolls; the router's scroll restoration calls this on every page.
window.scrollTo = () => undefined;
