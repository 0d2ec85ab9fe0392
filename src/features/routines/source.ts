/**
 * The one source of routines: every route and screen that turns an id into a routine asks here (or,
 * for an id that may be a person's own, `loadRoutine.ts`). A running session keeps its own copy
 * (storage/records/session.ts), so it never asks.
 */
import { routines as bundled } from '../../content';
import type { Routine } from '../../content/schema';

export function findRoutine(id: string): Routine | undefined {
  return bundled.find((r) => r.id === id);
}
