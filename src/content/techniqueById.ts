/**
 * A technique by id from its own module, and the ready routines that use it: a technique's page loads
 * that technique alone, not the library, and no routine.
 */
import techniqueLoaders from 'virtual:unknot-content/technique-loaders';
import usedIn from 'virtual:unknot-content/used-in';
import type { Technique } from './schema';

export interface RoutineLink {
  id: string;
  title: string;
}

export async function loadTechnique(id: string): Promise<Technique | undefined> {
  const load = Object.hasOwn(techniqueLoaders, id) ? techniqueLoaders[id] : undefined;
  return (await load?.())?.default;
}

/** The ready routines with a step of this technique, in library order. */
export const routinesUsing = (techniqueId: string): RoutineLink[] =>
  (Object.hasOwn(usedIn, techniqueId) ? usedIn[techniqueId] : undefined) ?? [];
