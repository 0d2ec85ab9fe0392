import { Link, useLocation, useNavigate } from 'react-router';
import type { Routine } from '../../content/schema';
import { paths } from '../../lib/paths';
import { myRoutines } from '../../storage/myRoutines';
import { ShareButton } from '../share';

/** An own routine's page: Edit, Share and Delete (with undo, on My routines) beside "Start session". */
export default function OwnRoutineActions({ routine }: { routine: Routine }) {
  const navigate = useNavigate();
  const saved = myRoutines.get(routine.id);
  const justSaved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  if (!saved) return null;
  return (
    <>
      {justSaved && (
        <p role="status" className="hint saved-note">
          Saved to your routines.
        </p>
      )}
      <Link className="button" to={paths.editRoutine(routine.id)}>
        Edit
      </Link>
      <ShareButton spec={saved} />
      <button
        type="button"
        className="button ghost danger"
        onClick={() => {
          const removed = myRoutines.remove(routine.id);
          navigate(paths.myRoutines, { replace: true, state: { deleted: removed } });
        }}
      >
        Delete
      </button>
    </>
  );
}
