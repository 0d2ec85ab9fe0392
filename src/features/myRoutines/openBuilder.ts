import { findRoutine } from '../routines';
import { myRoutines, type Draft, type SavedRoutine } from '../../storage/myRoutines';
import { copyOf, emptyState, fromSpec, type BuilderState } from './builderModel';
import { paths } from '../../lib/paths';

export interface BuilderStart {
  initial: BuilderState;
  original: BuilderState;
  editing: SavedRoutine | null;
  restored: boolean;
  from: string | null;
  /** Unsaved changes to another routine, offered rather than lost. */
  otherDraft: (Draft & { name: string }) | null;
}

/**
 * Where the builder starts. Unsaved changes to this very routine come back; unsaved changes to another
 * are offered, and only replaced once the person changes something here.
 */
export function openBuilder(editingId: string | null, from: string | null): BuilderStart | null {
  const editing = editingId === null ? null : (myRoutines.get(editingId) ?? null);
  if (editingId !== null && !editing) return null;
  const source = from === null ? null : findRoutine(from);
  if (from !== null && !source) return null;
  const original = editing ? fromSpec(editing) : source ? copyOf(source) : emptyState();
  const draft = myRoutines.draft();
  const sameTarget =
    draft !== null && draft.editing === (editing?.id ?? null) && (from === null || draft.from === from);
  return {
    initial: sameTarget ? fromSpec(draft.spec) : original,
    original,
    editing,
    restored: sameTarget,
    from,
    otherDraft: draft && !sameTarget ? { ...draft, name: draft.spec.name || 'Untitled routine' } : null,
  };
}

/** Where unsaved changes are picked up again: the builder they were made in. */
export const draftPath = (draft: Pick<Draft, 'editing' | 'from'>): string =>
  draft.editing
    ? paths.editRoutine(draft.editing)
    : draft.from
      ? paths.copyRoutine(draft.from)
      : paths.newRoutine;
