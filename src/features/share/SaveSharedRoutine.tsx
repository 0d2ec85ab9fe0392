import { useSyncExternalStore } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RoutineSpec } from '../../content/compose';
import { sameSpec } from '../../content/compose';
import { myRoutines, newRoutineId } from '../../storage/myRoutines';
import { paths } from '../../lib/paths';

/**
 * "Save to my routines" for a routine that arrived by link: it is kept as what it names (the library's
 * steps and the sender's choices), under a new id, and opens as one's own. The same routine twice is
 * not saved twice: a copy already kept is offered instead.
 */
export function SaveSharedRoutine({ spec }: { spec: RoutineSpec }) {
  const navigate = useNavigate();
  // The saved list, followed: a save in another tab shows here too.
  const saved = useSyncExternalStore(myRoutines.subscribe, myRoutines.list, myRoutines.list);
  const copy = saved.find((routine) => sameSpec(routine, spec));

  const save = () => {
    const now = Date.now();
    const id = newRoutineId((taken) => myRoutines.get(taken) !== undefined);
    myRoutines.save({ id, ...spec, createdAt: now, updatedAt: now });
    navigate(paths.routine(id), { state: { saved: true } });
  };

  if (copy) {
    return (
      <p className="shared-note">
        Already in your routines. <Link to={paths.routine(copy.id)}>Open my copy</Link>
      </p>
    );
  }
  return (
    <>
      <p className="shared-note hint">It is kept on this device only if you save it.</p>
      <button type="button" className="button" onClick={save}>
        Save to my routines
      </button>
    </>
  );
}
