import { connectHandsFree } from '../features/handsfree/connect';
import { DAILY_CAP_MS } from '../engine/plan';
import { dayOf, reachedDailyCap, workJustEnded } from '../features/session/selfMassageLog';
import { createSessionStore } from '../features/session/store';
import { startTicker } from '../features/session/ticker';
import { systemClock } from '../lib/clock';
import { safeStorage } from '../storage/safeStorage';
import { ms, type Ms } from '../lib/units';
import { selfMassageLog } from './selfMassageLog';

/** The session store on the wall clock and the browser's storage, with its one tick and its voice. */
export const sessionStore = createSessionStore({ clock: systemClock, storage: safeStorage() });
startTicker(sessionStore);
connectHandsFree(sessionStore);

// Self-massage counts toward today's cap when it ends, and also when another session replaces it.
sessionStore.subscribe(({ record }, { record: before }) => {
  if (!before || before.routine.who !== 'self') return;
  const work = workJustEnded(before, record);
  if (work) selfMassageLog.add(work.worked, work.at);
});

// Added time or going back a step may stretch a self-massage past the cap: it ends there, whatever is left.
let leftToday: { startedAt: number | null; ms: Ms } | null = null;
sessionStore.subscribe(({ record, now, stale }) => {
  // A session only offered (left for hours) has not been worked since it was last seen: leave it be.
  if (!record || stale || record.routine.who !== 'self') return;
  if (leftToday?.startedAt !== record.engine.startedAt) {
    const startedAt = record.engine.startedAt ?? now;
    leftToday = {
      startedAt: record.engine.startedAt,
      ms: ms(Math.max(0, DAILY_CAP_MS - selfMassageLog.workedOn(dayOf(startedAt)))),
    };
  }
  if (reachedDailyCap(record, now, leftToday.ms)) sessionStore.getState().actions.endForDailyCap();
});
