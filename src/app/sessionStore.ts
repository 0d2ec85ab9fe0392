import type { SessionStore } from '../features/session/store';

let loading: Promise<SessionStore> | undefined;

/**
 * The app's one session store, loaded on demand so a page carries none of it until it needs it: the
 * engine, saved-state checks, the timer and the hands-free layer come with it (sessionRuntime.ts). The
 * same promise every time, as React's `use` needs.
 */
export const loadSessionStore = (): Promise<SessionStore> =>
  (loading ??= import('./sessionRuntime').then((m) => m.sessionStore));
