/**
 * Any routine by id, as the routine page and the safety check ask for it: a ready one from its own
 * module (not the whole library), a person's own (`my-…`) loaded with its checks only when asked for,
 * so no ready routine's page, and not home, carries them.
 */
import { loadReadyRoutine } from '../../content/routineById';
import type { Routine } from '../../content/schema';
import { isOwnRoutineId } from '../../lib/routineIds';

/** A routine found by id, and what keeps it from being played (always nothing for the app's own). */
export interface FoundRoutine {
  routine: Routine;
  own: boolean;
  problems: readonly { path: string; message: string }[];
}

export async function loadRoutine(id: string): Promise<FoundRoutine | undefined> {
  const ready = await loadReadyRoutine(id);
  if (ready) return { routine: ready, own: false, problems: [] };
  if (!isOwnRoutineId(id)) return undefined;
  const [{ myRoutines }, { judgeSpec }] = await Promise.all([
    import('../../storage/myRoutines'),
    import('../../content/ownRoutine'),
  ]);
  const saved = myRoutines.get(id);
  if (!saved) return undefined;
  // Judged again on every load: a saved routine is held to the rules of the content it is played with.
  const { routine, problems } = judgeSpec(id, saved);
  return routine ? { routine, own: true, problems } : undefined;
}
