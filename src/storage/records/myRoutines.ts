/**
 * Routines a person made: built, copied from a ready one, planned, or saved from a link. Each is kept as
 * what the person chose (a name, who it is for, and references to the library's steps with their own
 * times), never as copied text, so a fix to a step's wording or safety note reaches saved routines too.
 *
 * v1 {routines: Saved[]} — oldest first.
 */
import { z } from 'zod/mini';
import { NAME_MAX, RoutineSpec, sameSteps } from '../../content/compose';
import { defineRecord, parseWith, type Merged } from '../record';
import { OWN_ID_PREFIX } from '../../lib/routineIds';

const time = z.number().check(z.nonnegative());

export const SavedRoutine = z.extend(RoutineSpec, {
  id: z.string().check(z.regex(new RegExp(`^${OWN_ID_PREFIX}[a-z0-9]{1,24}$`))),
  createdAt: time,
  updatedAt: time,
});
export type SavedRoutine = z.infer<typeof SavedRoutine>;

export const MyRoutinesState = z.object({ routines: z.array(SavedRoutine) });
export type MyRoutinesState = z.infer<typeof MyRoutinesState>;

const IMPORTED = ' (imported)';
/** A copy's name: the original's, marked, within the length a name may have. */
const importedName = (name: string) => `${name.slice(0, NAME_MAX - IMPORTED.length)}${IMPORTED}`;

/** The same routine, under its own name or as the copy an earlier import made of it. */
const holds = (here: SavedRoutine, incoming: SavedRoutine) =>
  (here.name === incoming.name || here.name === importedName(incoming.name)) &&
  here.who === incoming.who &&
  sameSteps(here.steps, incoming.steps);

/** A new id no saved routine has: `my-` and random letters and digits. */
export function newRoutineId(taken: (id: string) => boolean = () => false): string {
  for (;;) {
    const id = `${OWN_ID_PREFIX}${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}`;
    if (!taken(id)) return id;
  }
}

/**
 * A backup's routines joined to this device's, never overwriting one: a routine already here (under
 * any id) is skipped; one whose id is taken by a different routine comes in as a copy with a new id and
 * "(imported)" after its name. Oldest first, as the list keeps them.
 */
function mergeRoutines(current: MyRoutinesState | null, incoming: MyRoutinesState): Merged<MyRoutinesState> {
  const routines = [...(current?.routines ?? [])];
  const ids = new Set(routines.map((r) => r.id));
  let added = 0;
  let skipped = 0;
  for (const routine of incoming.routines) {
    if (routines.some((here) => holds(here, routine))) {
      skipped++;
      continue;
    }
    const copy = ids.has(routine.id)
      ? { ...routine, id: newRoutineId((x) => ids.has(x)), name: importedName(routine.name) }
      : routine;
    routines.push(copy);
    ids.add(copy.id);
    added++;
  }
  routines.sort((a, b) => a.createdAt - b.createdAt);
  return { value: { routines }, added, skipped };
}

export const myRoutinesRecord = defineRecord<MyRoutinesState>({
  key: 'unknot:routines',
  version: 1,
  label: 'routines',
  unsavedMessage:
    'This device would not save your routine: it stays while this page is open. Free some space, or copy it with Share.',
  parse: parseWith(MyRoutinesState),
  migrations: {},
  backup: { merge: mergeRoutines, counts: ['routine', 'routines'] },
});

/**
 * The routine being built and not yet saved, so a reload or a back swipe loses nothing.
 * v1 {draft: {editing, from?, spec, changedAt} | null} — `editing` is the saved routine it changes, or null.
 */
export const Draft = z.object({
  editing: z.nullable(SavedRoutine.shape.id),
  /** The ready routine a new one was copied from, so a reload of that copy's builder finds it. */
  from: z.optional(z.string().check(z.maxLength(80))),
  spec: RoutineSpec,
  changedAt: time,
});
export type Draft = z.infer<typeof Draft>;

export const draftRecord = defineRecord<{ draft: Draft | null }>({
  key: 'unknot:routine-draft',
  version: 1,
  label: 'unsaved routine',
  parse: parseWith(z.object({ draft: z.nullable(Draft) })),
  migrations: {},
});
