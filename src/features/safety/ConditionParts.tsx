import { Link } from 'react-router';
import type { Adapted } from '../../content/adapt';
import { routines } from '../../content';
import type { Condition, Routine } from '../../content/schema';
import { paths } from '../../lib/paths';
import { positionWords } from '../../lib/labels';

/** What the ticked conditions changed, said before "Continue": "3 steps left out, pressure light". */
export function ChangesSaid({ adapted }: { adapted: Adapted }) {
  const { leftOut, light } = adapted;
  if (leftOut.length === 0 && !light) return null;
  const parts = [
    leftOut.length > 0 &&
      `${leftOut.length} ${leftOut.length === 1 ? 'step' : 'steps'} left out (${leftOut.join(', ')})`,
    light && 'pressure light throughout',
  ].filter(Boolean);
  return (
    <p role="status" className="verdict-changes">
      <strong>Changed for today:</strong> {parts.join('; ')}.
    </p>
  );
}

/** A position ruled out (face down in pregnancy): no start, and the routines that can be done instead. */
export function OtherPosition({ routine, because }: { routine: Routine; because: readonly Condition[] }) {
  const instead = routines.filter(
    (r) => r.who === routine.who && r.id !== routine.id && !because.some((c) => c.notIn.includes(r.position)),
  );
  return (
    <div role="alert" className="verdict verdict-stop">
      <h2>Not this routine today.</h2>
      <p>
        {because.map((c) => c.advice).join(' ')} This routine is done {positionWords[routine.position]}.
      </p>
      {instead.length > 0 && (
        <>
          <p>Try one of these instead:</p>
          <ul className="bullets">
            {instead.map((r) => (
              <li key={r.id}>
                <Link to={paths.routine(r.id)}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
