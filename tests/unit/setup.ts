import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { dismissProblems } from '../../src/storage/problems';

// Screens load their code lazily; on a busy two-core machine that can take more than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  dismissProblems();
});

// jsdom lays nothing out, so nothing scrolls; the router's scroll restoration calls this on every page.
window.scrollTo = () => undefined;
