import { connectHandsFree } from '../features/handsfree/connect';
import { createSessionStore } from '../features/session/store';
import { startTicker } from '../features/session/ticker';
import { systemClock } from '../lib/clock';
import { safeStorage } from '../lib/storage';

/** The session store on the wall clock and the browser's storage, with its one tick and its voice. */
export const sessionStore = createSessionStore({ clock: systemClock, storage: safeStorage() });
startTicker(sessionStore);
connectHandsFree(sessionStore);
