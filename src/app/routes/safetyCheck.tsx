import { useState } from 'react';
import { redirect, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { Routine } from '../../content/schema';
import { SafetyCheck, type SafetyAnswers } from '../../features/safety/SafetyCheck';
import { ReplaceSessionDialog } from '../../features/session/components/ReplaceSessionDialog';
import { isSafetyStop } from '../../engine/session';
import { unlockAudio } from '../../devices/speech';
import { useSessionActions, useSessionRecord } from '../../features/session/SessionStoreContext';
import { paths } from '../../lib/paths';
import { countsTowardDailyCap, DAILY_CAP_MS } from '../../engine/plan';
import { dayOf } from '../../lib/days';
import { history } from '../../storage/history';
import { ms } from '../../lib/units';
import { LENGTH_PARAM, lengthTargetMs, parseLength } from '../../lib/length';
import { routineLoader } from './routineLoader';

/**
 * What the check needs besides the routine: the length chosen on its page (`?length=`), and how much
 * self-massage this device has logged today (for the daily cap). Any route that starts a routine this
 * way (a ready or own one here, a shared one elsewhere) loads this and renders `Component`.
 */
export function checkData(routine: Routine, request: Request) {
  return {
    routine,
    targetMs: lengthTargetMs(parseLength(new URL(request.url).searchParams.get(LENGTH_PARAM))),
    selfMassageTodayMs: history.capMsOn(dayOf(Date.now())),
    // A stop for pain earlier today is said again before the next start (seek care first).
    stoppedEarlierToday: history
      .entries()
      .filter((e) => dayOf(e.endedAt) === dayOf(Date.now()) && isSafetyStop(e.stopReason))
      .map((e) => e.stopReason!),
  };
}
export type CheckData = ReturnType<typeof checkData>;

export async function loader(args: LoaderFunctionArgs): Promise<CheckData> {
  const { routine, problems } = await routineLoader(args);
  // An own routine that no longer keeps the rules is not started; its page says why.
  if (problems.length > 0) throw redirect(paths.routine(routine.id));
  return checkData(routine, args.request);
}

export function Component() {
  const { routine, targetMs, selfMassageTodayMs, stoppedEarlierToday } = useLoaderData<CheckData>();
  const { startSession } = useSessionActions();
  const current = useSessionRecord();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<SafetyAnswers | null>(null);
  const live = current && (current.engine.status === 'running' || current.engine.status === 'paused');

  const begin = ({ flareUp, routine: adapted }: SafetyAnswers) => {
    // Inside the tap, so iOS lets the session speak and chime.
    unlockAudio();
    // A self-massage ends where today's cap does, whatever is still planned or added.
    const capMs = countsTowardDailyCap(routine) ? ms(Math.max(0, DAILY_CAP_MS - selfMassageTodayMs)) : null;
    startSession(adapted, { gentle: flareUp, targetMs, capMs });
    // flushSync: the page being left learns at once where it is going (the mini player stays hidden).
    navigate(paths.session, { flushSync: true });
  };

  return (
    <>
      <SafetyCheck
        routine={routine}
        targetMs={targetMs}
        selfMassageTodayMs={selfMassageTodayMs}
        stoppedEarlierToday={stoppedEarlierToday}
        onContinue={(answers) => (live ? setAsking(answers) : begin(answers))}
      />
      {asking && current && (
        <ReplaceSessionDialog
          current={current}
          onEnd={() => begin(asking)}
          onKeep={() => navigate(paths.session)}
        />
      )}
    </>
  );
}
