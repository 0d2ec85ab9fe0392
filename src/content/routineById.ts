/** A ready routine by id from its own module: its page loads that routine alone, not the library. */
import routineLoaders from 'virtual:unknot-content/routine-loaders';
import type { Routine } from './schema';

export async function loadReadyRoutine(id: string): Promise<Routine | undefined> {
  const load = Object.hasOwn(routineLoaders, id) ? routineLoaders[id] : undefined;
  return (await load?.())?.default;
}
