import type { Routine } from '../../content/schema';
import { toMs, type Ms } from '../../lib/units';

/** A routine's length with every step at its default time. */
export const routineDuration = (routine: Routine): Ms =>
  toMs(routine.steps.reduce((sum, step) => sum + step.duration.default, 0));
