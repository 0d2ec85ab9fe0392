/**
 * The person's own routines, and the one being built: the builder, My routines, the routine page and
 * import all read and write them here.
 */
import { openRecord } from './openRecord';
import {
  draftRecord,
  myRoutinesRecord,
  newRoutineId,
  type Draft,
  type MyRoutinesState,
  type SavedRoutine,
} from './records/myRoutines';
import { safeStorage, type SafeStorage } from './safeStorage';

export type { Draft, SavedRoutine };
export { newRoutineId };

export interface MyRoutines {
  /** Oldest first. */
  list(): readonly SavedRoutine[];
  get(id: string): SavedRoutine | undefined;
  /** Adds a routine, or replaces the one with its id. */
  save(routine: SavedRoutine): void;
  /** Removes one and hands it back, for undo. */
  remove(id: string): SavedRoutine | null;
  draft(): Draft | null;
  setDraft(draft: Draft | null): void;
  subscribe(listener: () => void): () => void;
  /** Reads again what was written elsewhere (another tab, an import). */
  refresh(): void;
}

export function createMyRoutines(storage: SafeStorage): MyRoutines {
  const record = openRecord<MyRoutinesState>(myRoutinesRecord, storage, () => ({ routines: [] }));
  const drafts = openRecord(draftRecord, storage, () => ({ draft: null }));
  const listeners = new Set<() => void>();
  // Read once and kept until the next write: screens ask on every render, and must get the same answer.
  let routines: readonly SavedRoutine[] | null = null;
  let draft: { value: Draft | null } | null = null;
  const changed = () => listeners.forEach((listener) => listener());
  const write = (next: SavedRoutine[]) => {
    record.set({ routines: [...next].sort((a, b) => a.createdAt - b.createdAt) });
    routines = null;
    changed();
  };
  const list = () => (routines ??= record.get().routines);
  return {
    list,
    get: (id) => list().find((r) => r.id === id),
    save(routine) {
      const all = list();
      const at = all.findIndex((r) => r.id === routine.id);
      write(at === -1 ? [...all, routine] : all.map((r, i) => (i === at ? routine : r)));
    },
    remove(id) {
      const found = list().find((r) => r.id === id) ?? null;
      if (found) write(list().filter((r) => r.id !== id));
      return found;
    },
    draft: () => (draft ??= { value: drafts.get().draft }).value,
    setDraft(value) {
      drafts.set({ draft: value });
      draft = null;
      changed();
    },
    refresh() {
      routines = null;
      draft = null;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** This device's own routines. */
export const myRoutines: MyRoutines = createMyRoutines(safeStorage());

// Another tab saved or deleted one: this tab's screens follow.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === myRoutinesRecord.key || event.key === draftRecord.key) {
      myRoutines.refresh();
    }
  });
}
