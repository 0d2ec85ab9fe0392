import { findRoutine } from '../content';
import { connectHandsFree } from '../features/handsfree/connect';
import { timeWorked } from '../features/session/engine/session';
import { createSessionStore } from '../features/session/store';
import { startTicker } from '../features/session/ticker';
import { systemClock } from '../lib/clock';
import { safeStorage } from '../lib/storage';
import { selfMassageLog } from './selfMassageLog';

/** The session store on the wall clock and the browser's storage, with its one tick and its voice. */
export const sessionStore = createSessionStore({ clock: systemClock, storage: safeStorage() });
startTicker(sessionStore);
connectHandsFree(sessionStore);

// A self-massage that ends counts toward today's cap.
sessionStore.subscribe(({ record }, { record: before }) => {
  const ended = record?.engine.status === 'finished' || record?.engine.status === 'stopped';
  const wasLive = before?.engine.status === 'running' || before?.engine.status === 'paused';
  if (!record || !ended || !wasLive || before?.routineId !== record.routineId) return;
  if (findRoutine(record.routineId)?.who !== 'self') return;
  selfMassageLog.add(timeWorked(record.engine), record.engine.endedAt ?? systemClock.now());
});
