import { Link, useNavigate } from 'react-router';
import { Player } from '../../features/session/components/Player';
import { SessionEnd } from '../../features/session/components/SessionEnd';
import { sessionId } from '../../features/session/historyEntry';
import { StaleOffer } from '../../features/session/components/StaleOffer';
import { StorageNotice } from '../../components/StorageNotice';
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
        <StorageNotice />
        <h1>No session running</h1>
        <p>Pick a routine to start one.</p>
        <Link className="button primary large" to={paths.home}>
          Choose a routine
        </Link>
      </main>
    );
  }
  const { routine } = record;
  const { status, stopReason } = record.engine;
  return (
    <main id="main" className="session-screen" data-theme={theme}>
      <StorageNotice />
      {stale ? (
        <StaleOffer routine={routine} />
      ) : status === 'finished' ? (
        <SessionEnd routine={routine} outcome="finished" sessionId={sessionId(record)} onDone={done} />
      ) : status === 'stopped' ? (
        <SessionEnd
          routine={routine}
          outcome={stopReason ?? 'user'}
          sessionId={sessionId(record)}
          onDone={done}
        />
      ) : (
        <Player routine={routine} />
      )}
    </main>
  );
}
