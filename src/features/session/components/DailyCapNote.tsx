import { useEffect, useState } from 'react';
import type { Routine } from '../../../content/schema';
import { countsTowardDailyCap, DAILY_CAP_MS } from '../../../engine/plan';
import { dayOf } from '../../../lib/days';
import { formatMinutes, ms, type Ms } from '../../../lib/units';
import { HISTORY_KEY, isStored, SELF_MASSAGE_LOG_KEY } from '../../../storage/keys';

/**
 * Today's self-massage so far, said where a routine is chosen: on its page and at the top of the check.
 * Only once the page is up: the prerendered page knows nothing of this device, and the history (with its
 * checks) loads after the page, not with it.
 */
export function DailyCapNote({ routine, totalMs }: { routine: Routine; totalMs: Ms }) {
  const capped = countsTowardDailyCap(routine);
  // Read once, when the page opens: the figure a person decides by.
  const [done, setDone] = useState<number | null>(null);
  useEffect(() => {
    if (!capped) return;
    let live = true;
    // Nothing stored yet (a first visit): nothing done today, and no history code to load for it.
    const stored = isStored(HISTORY_KEY) || isStored(SELF_MASSAGE_LOG_KEY);
    const today = stored
      ? import('../../../storage/history').then(({ history }) => history.capMsOn(dayOf(Date.now())))
      : Promise.resolve(0);
    void today.then((doneMs) => {
      if (live) setDone(doneMs);
    });
    return () => {
      live = false;
    };
  }, [capped]);
  if (done === null) return null;
  const left = ms(Math.max(0, DAILY_CAP_MS - done));
  const capMinutes = DAILY_CAP_MS / 60_000;
  return (
    <p className="hint daily-cap" role="status">
      Self-massage today: {Math.round(done / 60_000)} of {capMinutes} minutes.{' '}
      {left === 0
        ? 'That’s today’s cap: rest, and try again tomorrow.'
        : totalMs > left
          ? `This routine is longer than the ${formatMinutes(left)} left today; the session will stop there.`
          : `A ball or roller on the same muscles for more than ${capMinutes} minutes a day leaves them sorer.`}
    </p>
  );
}
