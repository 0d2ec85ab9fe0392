import { connectHandsFree } from '../features/handsfree/connect';
import { historyEntryFor } from '../features/session/historyEntry';
import { connectReceiverVoice } from '../features/session/receiverVoice';
import { createSessionStore } from '../features/session/store';
import { startTicker } from '../features/session/ticker';
import { workJustEnded } from '../features/session/workEnded';
import { settingsStore } from '../features/settings';
import { systemClock } from '../lib/clock';
import { paths } from '../lib/paths';
import { history } from '../storage/history';
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
connectReceiverVoice(sessionStore, settingsStore);

// Every session that ends goes into the history (which the daily cap reads), and so does one replaced
// by another or ended from the "pick up" offer.
sessionStore.subscribe(({ record }, { record: before }) => {
  const work = workJustEnded(before, record);
  if (work) history.add(historyEntryFor(work.record, work.worked, work.at));
});
