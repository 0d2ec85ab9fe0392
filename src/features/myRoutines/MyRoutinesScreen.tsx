import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { routines } from '../../content';
import { composeRoutine } from '../../content/compose';
import { cardOf } from '../../content/cardOf';
import type { Routine } from '../../content/schema';
import { UndoBar, type Notice } from '../../components/UndoBar';
import { paths } from '../../lib/paths';
import { myRoutines, type SavedRoutine } from '../../storage/myRoutines';
import { RoutineList } from '../routines';
import { draftPath } from './openBuilder';
import './myRoutines.css';

/** The saved routines, newest change first, each composed so its card reads like a ready routine's. */
function useSaved() {
  const list = useSyncExternalStore(myRoutines.subscribe, myRoutines.list, myRoutines.list);
  const draft = useSyncExternalStore(myRoutines.subscribe, myRoutines.draft, myRoutines.draft);
  return { list, draft };
}

let noticeKey = 0;

export function MyRoutinesScreen() {
  const { list, draft } = useSaved();
  const navigate = useNavigate();
  const location = useLocation();
  const deleted = (location.state as { deleted?: SavedRoutine | null } | null)?.deleted ?? null;
  // What the bar says: a delete (with Undo), or that it was undone.
  const [said, setSaid] = useState<{ key: number; gone: SavedRoutine | null; text: string } | null>(() =>
    deleted ? { key: ++noticeKey, gone: deleted, text: `Deleted “${deleted.name}”.` } : null,
  );
  // One object per notice: the bar moves focus to Undo when its notice changes, not on every render.
  const notice = useMemo<Notice | null>(() => {
    if (!said) return null;
    const { key, text, gone } = said;
    const undo = () => {
      if (!gone) return;
      myRoutines.save(gone);
      setSaid({ key: ++noticeKey, gone: null, text: `“${gone.name}” is back.` });
    };
    return { key, text, undo: gone ? undo : undefined };
  }, [said]);
  const dismiss = useCallback(() => {
    setSaid(null);
    // The notice is done: a reload must not offer Undo again.
    void navigate('.', { replace: true, state: null, preventScrollReset: true });
  }, [navigate]);

  const composed = list
    .map((s) => composeRoutine(s.id, s, routines))
    .filter((r): r is Routine => r !== null)
    .map(cardOf)
    .reverse();

  return (
    <div className="page my-routines">
      <h1>My routines</h1>
      <p className="lede">
        Routines you put together: from the library’s steps, or a ready routine copied and changed.
      </p>
      <div className="routine-actions">
        <Link className="button primary" to={paths.newRoutine}>
          New routine
        </Link>
      </div>
      {draft && (
        <div className="draft-offer">
          <p>
            Unsaved changes to <strong>{draft.spec.name || 'Untitled routine'}</strong>.
          </p>
          <Link className="button small" to={draftPath(draft)}>
            Continue editing
          </Link>
          <button type="button" className="button small ghost" onClick={() => myRoutines.setDraft(null)}>
            Discard
          </button>
        </div>
      )}
      {composed.length > 0 ? (
        <RoutineList routines={composed} />
      ) : (
        <p className="hint empty-note">
          None yet. Start a new one from the library’s steps, or open a ready routine and choose “Copy to my
          routines”.
        </p>
      )}
      <UndoBar notice={notice} onDismiss={dismiss} />
    </div>
  );
}
