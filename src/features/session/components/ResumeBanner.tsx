import { Link, useLocation } from 'react-router';
import { paths } from '../../../lib/paths';
import { findRoutine } from '../../../content';
import { useHydrated } from '../../../lib/useHydrated';
import { useSessionActions, useSessionNotice, useSessionRecord } from '../SessionStoreContext';

/** On every browsing screen: a session in progress is one tap away, and storage problems are said. */
export function ResumeBanner() {
  const record = useSessionRecord();
  const notice = useSessionNotice();
  const { dismissNotice } = useSessionActions();
  const location = useLocation();
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const live = record && (record.engine.status === 'running' || record.engine.status === 'paused');
  const routine = record ? findRoutine(record.routineId) : undefined;
  return (
    <>
      {notice && (
        <div className="banner banner-warn" role="status">
          <p>{notice}</p>
          <button type="button" className="button small" onClick={dismissNotice}>
            OK
          </button>
        </div>
      )}
      {live && routine && location.pathname !== paths.session && (
        <div className="banner" role="status">
          <p>
            {routine.title}: session {record.engine.status === 'paused' ? 'paused' : 'in progress'}.
          </p>
          <Link className="button small primary" to={paths.session}>
            Back to session
          </Link>
        </div>
      )}
    </>
  );
}
