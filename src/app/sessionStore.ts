import { createSessionStore } from '../features/session/store';
import { systemClock } from '../lib/clock';
import { safeStorage } from '../lib/storage';

/** The app's one session store, on the wall clock and the browser's storage. */
export const sessionStore = createSessionStore({ clock: systemClock, storage: safeStorage() });
