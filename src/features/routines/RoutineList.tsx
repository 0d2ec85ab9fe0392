import { Link } from 'react-router';
import type { RoutineCard } from '../../content/cardOf';
import { paths } from '../../lib/paths';
import { formatMinutes } from '../../lib/units';
import { whoLabel } from '../../lib/labels';

export function RoutineList({ routines }: { routines: readonly RoutineCard[] }) {
  return (
    <ul className="card-list" aria-label="Routines">
      {routines.map((routine) => (
        <li key={routine.id}>
          <Link className="card routine-card" to={paths.routine(routine.id)}>
            <h3 className="card-title">{routine.title}</h3>
            <p className="card-meta">
              <span>{formatMinutes(routine.totalMs)}</span>
              <span>{whoLabel[routine.who]}</span>
            </p>
            {routine.tools.length > 0 && (
              <p className="card-tools">
                <span className="visually-hidden">You need: </span>
                {routine.tools.join(' · ')}
              </p>
            )}
            <p className="card-summary">{routine.summary}</p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
