import { connectHandsFree } from '../features/handsfree/connect';
import { selfMassageLog, workJustEnded } from '../features/session/selfMassageLog';
import { createSessionStore } from '../features/session/store';
import { startTicker } from '../features/session/ticker';
import { settingsStore } from '../features/settings';
import { systemClock } from '../lib/clock';
import { paths } from '../lib/paths';
import { safeStorage } from '../storage/safeStorage';

/** The session store on the wall clock and the browser's storage, with its one tick and its voice. */
export const sessionStore = createSessionStore({
  clock: systemClock,
  storage: safeStorage(),
  // A session reopened on any other page waits to be picked up: nothing speaks over a page being read.
  resumesHere: () => window.location.pathname === paths.session,
});
startTicker(sessionStore);
connectHandsFree(sessionStore, settingsStore);

// Self-massage counts toward today's cap when it ends, and also when another session replaces it.
sessionStore.subscribe(({ record }, { record: before }) => {
  if (!before || before.routine.who !== 'self') return;
  const work = workJustEnded(before, record);
  if (work) selfMassageLog.add(work.worked, work.at);
});
