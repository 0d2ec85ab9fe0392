import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import { paths } from '../../../lib/paths';
import { useHydrated } from '../../../lib/useHydrated';
import { useSessionRecord } from '../SessionStoreContext';

// Its own chunk: the step, the clock and the voice's unlock stay out of every page's first download.
const MiniPlayer = lazy(() => import('./MiniPlayer'));

/**
 * On every browsing screen while a session runs: a compact player, so the step, the time and Stop are
 * never out of reach while the voice goes on. It shows only after hydration (the prerendered page knows
 * nothing of this device) and once the session store has loaded, which never holds up the page.
 */
export function ResumeBanner() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
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
