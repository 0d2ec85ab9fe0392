/**
 * "Search steps" in the builder's picker: the library's authored steps found by their own name and
 * instruction, and by the technique search (names, aliases, typos), so "kneading" finds every
 * petrissage step and "knuckling" the knuckle friction.
 */
import { authoredSteps, type AuthoredStep } from '../../content/compose';
import type { Routine, Who } from '../../content/schema';
import { foldQuery, searchTechniques } from '../techniques';

const words = (text: string) =>
  foldQuery(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function searchSteps(library: readonly Routine[], who: Who, query: string): AuthoredStep[] {
  const steps = authoredSteps(library).filter((a) => a.routine.who === who);
  const asked = words(query);
  if (asked.length === 0) return steps;
  const techniqueRank = new Map(searchTechniques(query).map((hit, i) => [hit.technique.id, i]));
  const ranked = steps.flatMap((a) => {
    const own = words(`${a.step.name} ${a.step.instruction}`);
    const byOwnWords = asked.every((q) => own.some((w) => w.startsWith(q)));
    const byTechnique = techniqueRank.get(a.step.technique);
    if (!byOwnWords && byTechnique === undefined) return [];
    // The step's own words first, then the technique search's order; ties keep the library's order.
    return [{ a, rank: byOwnWords ? -1 : byTechnique! }];
  });
  return ranked.sort((x, y) => x.rank - y.rank).map((r) => r.a);
}
