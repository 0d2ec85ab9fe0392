import { useLoaderData, useNavigate } from 'react-router';
import type { Routine } from '../../content/schema';
import { SafetyCheck } from '../../features/safety/SafetyCheck';
import { dayOf } from '../../features/session/selfMassageLog';
import { timestamp } from '../../lib/units';
import { selfMassageLog } from '../selfMassageLog';
import { unlockAudio } from '../../features/handsfree/speech';
import { useSessionActions } from '../../features/session/SessionStoreContext';
import { paths } from '../../lib/paths';
import { routineLoader } from './routineLoader';

export const loader = routineLoader;

export function Component() {
  const routine = useLoaderData() as Routine;
  const { startSession } = useSessionActions();
  const navigate = useNavigate();
  return (
    <SafetyCheck
      routine={routine}
      selfMassageTodayMs={selfMassageLog.workedOn(dayOf(timestamp(Date.now())))}
      onContinue={({ flareUp }) => {
        // Inside the tap, so iOS lets the session speak and chime.
        unlockAudio();
        startSession(routine, { gentle: flareUp });
        navigate(paths.session);
      }}
    />
  );
}
