import { lazy, Suspense } from 'react';
import { listRoutines } from '../../features/routines/source';
import { useHydrated } from '../../lib/useHydrated';

// Only for someone who had a session yesterday: loaded after the page is up, never with it.
const NextDayPrompt = lazy(() => import('../../features/session/components/NextDayPrompt'));
import { RoutineList } from '../../features/routines/RoutineList';

export function Component() {
  const routines = listRoutines();
  const hydrated = useHydrated();
  const partner = routines.filter((r) => r.who === 'partner');
  const self = routines.filter((r) => r.who === 'self');
  return (
    <div className="page">
      <section className="hero">
        <h1>Guided back massage, one step at a time</h1>
        <p>
          Pick a routine. Unknot tells you what to do, how hard to press and for how long, and moves on by
          itself — so your hands can stay on the back.
        </p>
      </section>
      {hydrated && (
        <Suspense fallback={null}>
          <NextDayPrompt />
        </Suspense>
      )}
      {partner.length > 0 && (
        <section aria-labelledby="partner-heading">
          <h2 id="partner-heading" className="section-title">
            Massage someone else
          </h2>
          <RoutineList routines={partner} />
        </section>
      )}
      {self.length > 0 && (
        <section aria-labelledby="self-heading">
          <h2 id="self-heading" className="section-title">
            Massage yourself
          </h2>
          <RoutineList routines={self} />
        </section>
      )}
    </div>
  );
}
