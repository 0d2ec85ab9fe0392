import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { paths } from '../../../lib/paths';
import { useHydrated } from '../../../lib/useHydrated';
import { useSessionRecord } from '../SessionStoreContext';

// Its own chunk: the step, the clock and the voice's unlock stay out of every page's first download.
const MiniPlayer = lazy(() => import('./MiniPlayer'));

/**
 * On every browsing screen while a session runs: a compact player, so the step, the time and Stop are
 * never out of reach while the voice goes on. It shows only after hydration (the prerendered page knows
 * nothing of this device) and once the session store has loaded, which never holds up the page. With
 * nothing stored under the session's key, the store is not even loaded: a page that is only read
 * fetches none of the session's code (and the question itself loads after the page, not with it).
 * Asked again on every navigation, so a session started since shows.
 */
export function ResumeBanner() {
  const hydrated = useHydrated();
  const { pathname } = useLocation();
  const [stored, setStored] = useState(false);
  useEffect(() => {
    if (!hydrated) return;
    let live = true;
    void import('../../../storage/keys').then(({ hasStoredSession }) => {
      if (live && hasStoredSession()) setStored(true);
    });
    return () => {
      live = false;
    };
  }, [hydrated, pathname]);
  if (!hydrated || !stored) return null;
  return (
    <Suspense fallback={null}>
      <WhenLive />
    </Suspense>
  );
}

function WhenLive() {
  const record = useSessionRecord();
  const location = useLocation();
  const live = record && (record.engine.status === 'running' || record.engine.status === 'paused');
  return live && location.pathname !== paths.session ? <MiniPlayer /> : null;
}
