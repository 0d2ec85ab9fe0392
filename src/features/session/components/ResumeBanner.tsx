import { Suspense } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../lib/paths';
import { useHydrated } from '../../../lib/useHydrated';
import { useSessionRecord } from '../SessionStoreContext';

/**
 * On every browsing screen: a session in progress is one tap away.
 * It shows only after hydration (the prerendered page knows nothing of this device) and once the
 * session store has loaded, which never holds up the page.
 */
export function ResumeBanner() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <SessionInProgress />
    </Suspense>
  );
}

function SessionInProgress() {
  const record = useSessionRecord();
  const location = useLocation();
  const live = record && (record.engine.status === 'running' || record.engine.status === 'paused');
  if (!live || location.pathname === paths.session) return null;
  return (
    <div className="banner" role="status">
      <p>
        {record.routine.title}: session {record.engine.status === 'paused' ? 'paused' : 'in progress'}.
      </p>
      <Link className="button small primary" to={paths.session}>
        Back to session
      </Link>
    </div>
  );
}
