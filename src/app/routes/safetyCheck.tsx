import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { SafetyCheck } from '../../features/safety/SafetyCheck';
import { unlockAudio } from '../../devices/speech';
import { useSessionActions } from '../../features/session/SessionStoreContext';
import { paths } from '../../lib/paths';
import { countsTowardDailyCap, DAILY_CAP_MS } from '../../engine/plan';
import { dayOf } from '../../lib/days';
import { history } from '../../storage/history';
import { ms } from '../../lib/units';
import { routineLoader } from './routineLoader';

/** The routine, and how much self-massage this device has logged today (for the daily cap). */
export function loader(args: LoaderFunctionArgs) {
  return {
    routine: routineLoader(args),
    selfMassageTodayMs: history.capMsOn(dayOf(Date.now())),
  };
}

export function Component() {
  const { routine, selfMassageTodayMs } = useLoaderData<typeof loader>();
  const { startSession } = useSessionActions();
  const navigate = useNavigate();
  return (
    <SafetyCheck
      routine={routine}
      selfMassageTodayMs={selfMassageTodayMs}
      onContinue={({ flareUp }) => {
        // Inside the tap, so iOS lets the session speak and chime.
        unlockAudio();
        // A self-massage ends where today's cap does, whatever is still planned or added.
        const capMs = countsTowardDailyCap(routine)
          ? ms(Math.max(0, DAILY_CAP_MS - selfMassageTodayMs))
          : null;
        startSession(routine, { gentle: flareUp, capMs });
        // flushSync: the page being left learns at once where it is going (the mini player stays hidden).
        navigate(paths.session, { flushSync: true });
      }}
    />
  );
}
