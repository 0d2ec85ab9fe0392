import { useState } from 'react';
import type { Routine } from '../../../content/schema';
import { countsTowardDailyCap, DAILY_CAP_MS, planTotal } from '../../../engine/plan';
import { dayOf } from '../../../lib/days';
import { history } from '../../../storage/history';
import { formatMinutes, ms } from '../../../lib/units';
import { useHydrated } from '../../../lib/useHydrated';

/**
 * Today's self-massage so far, said where a routine is chosen: on its page and at the top of the check.
 * Only after hydration, since the prerendered page knows nothing of this device.
 */
export function DailyCapNote({ routine }: { routine: Routine }) {
  const hydrated = useHydrated();
  // Read once, when the page opens: the figure a person decides by.
  const [done] = useState(() => history.capMsOn(dayOf(Date.now())));
  if (!hydrated || !countsTowardDailyCap(routine)) return null;
  const left = ms(Math.max(0, DAILY_CAP_MS - done));
  const capMinutes = DAILY_CAP_MS / 60_000;
  return (
    <p className="hint daily-cap" role="status">
      Self-massage today: {Math.round(done / 60_000)} of {capMinutes} minutes.{' '}
      {left === 0
        ? 'That’s today’s cap: rest, and try again tomorrow.'
        : planTotal(routine) > left
          ? `This routine is longer than the ${formatMinutes(left)} left today; the session will stop there.`
          : `A ball or roller on the same muscles for more than ${capMinutes} minutes a day leaves them sorer.`}
    </p>
  );
}
