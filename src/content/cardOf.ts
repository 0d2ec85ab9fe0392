/**
 * What a routine's card shows: enough for a list, without its steps' words. Home loads only these
 * (`virtual:unknot-content/cards`), so its first download carries no instructions it doesn't show.
 */
import { planTotal } from '../engine/plan.ts';
import type { Ms } from '../lib/units.ts';
import type { Routine } from './schema.ts';

export interface RoutineCard {
  id: string;
  title: string;
  summary: string;
  who: Routine['who'];
  tools: readonly string[];
  /** The routine's length as written, as the plan runs it. */
  totalMs: Ms;
}

export const cardOf = ({ id, title, summary, who, tools, ...routine }: Routine): RoutineCard => ({
  id,
  title,
  summary,
  who,
  tools,
  totalMs: planTotal(routine),
});
