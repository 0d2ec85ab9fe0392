import { Link, useNavigate } from 'react-router';
import { findRoutine } from '../../content';
import { Player } from '../../features/session/components/Player';
import { SessionEnd } from '../../features/session/components/SessionEnd';
import { StaleOffer } from '../../features/session/components/StaleOffer';
import { SessionNotice } from '../../features/session/components/SessionNotice';
import {
  useSessionActions,
  useSessionRecord,
  useSessionStale,
} from '../../features/session/SessionStoreContext';
import { paths } from '../../lib/paths';
import { useSessionTheme } from '../../features/settings/theme';

export function Component() {
  const record = useSessionRecord();
  const stale = useSessionStale();
  const { discardSession } = useSessionActions();
  const navigate = useNavigate();
  const theme = useSessionTheme();
  const done = () => {
    discardSession();
    navigate(paths.home);
  };

  if (!record) {
    return (
      <main className="page" id="main">
        <h1>No session running</h1>
        <p>Pick a routine to start one.</p>
        <Link className="button primary large" to={paths.home}>
          Choose a routine
        </Link>
      </main>
    );
  }
  const routine = findRoutine(record.routineId);
  if (!routine || routine.steps.map((s) => s.id).join() !== record.stepIds.join()) {
    return (
      <main className="page" id="main">
        <h1>This session can’t continue</h1>
        <p role="alert">Its routine has changed or is no longer in the app since the session began.</p>
        <button type="button" className="button primary large" onClick={done}>
          Back to routines
        </button>
      </main>
    );
  }
  const { status, stopReason } = record.engine;
  return (
    <main id="main" className="session-screen" data-theme={theme}>
      <SessionNotice />
      {stale ? (
        <StaleOffer routine={routine} />
      ) : status === 'finished' ? (
        <SessionEnd routine={routine} outcome="finished" onDone={done} />
      ) : status === 'stopped' ? (
        <SessionEnd routine={routine} outcome={stopReason ?? 'user'} onDone={done} />
      ) : (
        <Player routine={routine} />
      )}
    </main>
  );
}
