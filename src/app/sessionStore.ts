import type { SessionStore } from '../features/session/store';

let loading: Promise<SessionStore> | undefined;

/**
 * The app's one session store, loaded on demand so the first page carries none of it: the engine,
 * saved-state checks, the tick and the hands-free layer come with it (sessionRuntime.ts).
 */
export const loadSessionStore = (): Promise<SessionStore> =>
  (loading ??= import('./sessionRuntime').then((m) => m.sessionStore));
