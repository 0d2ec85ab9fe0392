import { useEffect, useState } from 'react';
import type { Routine } from '../../../content/schema';
import { countsTowardDailyCap, DAILY_CAP_MS } from '../../../engine/plan';
import { dayOf } from '../../../lib/days';
import { formatMinutes, ms, type Ms } from '../../../lib/units';

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
    void import('../../../storage/history').then(({ history }) => {
      if (live) setDone(history.capMsOn(dayOf(Date.now())));
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
