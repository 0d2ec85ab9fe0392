/** What a technique page shows beside the technique itself: its family and the routines that use it. */
import type { RoutineLink } from '../../content/techniqueById';
import type { TechniqueName } from '../../content/techniqueNames';
import type { Technique } from '../../content/schema';
import { toMs, type Ms } from '../../lib/units';

type Named = TechniqueName & { id: string };

export interface TechniquePageData {
  technique: Technique;
  /** The technique this one is a kind of, e.g. Effleurage for Forearm effleurage. */
  parent: Named | undefined;
  /** Techniques that are kinds of this one. */
  variants: Named[];
  /** Routines with at least one step of this technique, in library order. */
  routines: RoutineLink[];
}

export function relatedTo(
  technique: Technique,
  { names, usedIn }: { names: readonly Named[]; usedIn: readonly RoutineLink[] },
): TechniquePageData {
  return {
    technique,
    parent: technique.variantOf ? names.find((t) => t.id === technique.variantOf) : undefined,
    variants: names.filter((t) => t.variantOf === technique.id).sort((a, b) => a.name.localeCompare(b.name)),
    routines: [...usedIn],
  };
}

/** Styles and "leave it to professionals" techniques are explained, never run as a step. */
export const canBeTried = (t: Technique) => t.kind === 'technique' && !t.professionalsOnly;

/** The "Try it" length: the shortest sensible time for the technique, or a minute. */
export const tryItDuration = (t: Technique): Ms => toMs(t.duration?.min ?? 60);
