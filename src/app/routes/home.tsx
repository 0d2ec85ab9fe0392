import { useEffect, useState, type ComponentType } from 'react';
import { cards } from '../../content/cards';
import { Link } from 'react-router';
import { RoutineList } from '../../features/routines/RoutineList';
import { paths } from '../../lib/paths';

/**
 * The next-day question, loaded once the page is up, never with it. Loaded by hand, not with lazy() and
 * Suspense: a boundary revealed after hydration waits on a timer, which can hold up the first tap.
 */
let NextDayPrompt: ComponentType | null = null;

function useNextDayPromptLoaded(): boolean {
  const [loaded, setLoaded] = useState(NextDayPrompt !== null);
  useEffect(() => {
    let live = true;
    void import('../../features/session/components/NextDayPrompt').then((m) => {
      NextDayPrompt = m.default;
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

export function Component() {
  const promptLoaded = useNextDayPromptLoaded();
  const partner = cards.filter((r) => r.who === 'partner');
  const self = cards.filter((r) => r.who === 'self');
  return (
    <div className="page">
      <section className="hero">
        <h1>Guided back massage, one step at a time</h1>
        <p>
          Pick a routine. Unknot tells you what to do, how hard to press and for how long, and moves on by
          itself — so your hands can stay on the back.
        </p>
      </section>
      <nav aria-label="Your routines" className="quick-links">
        <Link className="button primary" to={paths.plan}>
          Plan a session
        </Link>
        <Link className="button" to={paths.myRoutines}>
          My routines
        </Link>
      </nav>
      {promptLoaded && NextDayPrompt && <NextDayPrompt />}
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
