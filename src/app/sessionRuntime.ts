import { findRoutine } from '../content';
import { connectHandsFree } from '../features/handsfree/connect';
import { workJustEnded } from '../features/session/selfMassageLog';
import { createSessionStore } from '../features/session/store';
import { startTicker } from '../features/session/ticker';
import { systemClock } from '../lib/clock';
import { safeStorage } from '../lib/storage';
import { selfMassageLog } from './selfMassageLog';

/** The session store on the wall clock and the browser's storage, with its one tick and its voice. */
export const sessionStore = createSessionStore({ clock: systemClock, storage: safeStorage() });
startTicker(sessionStore);
connectHandsFree(sessionStore);

// Self-massage counts toward today's cap when it ends, and also when another session replaces it.
sessionStore.subscribe(({ record }, { record: before }) => {
  if (!before || findRoutine(before.routineId)?.who !== 'self') return;
  const work = workJustEnded(before, record);
  if (work) selfMassageLog.add(work.worked, work.at);
});
