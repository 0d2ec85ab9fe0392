/** What a technique page shows beside the technique itself: its family and the routines that use it. */
import type { Routine, Technique } from '../../content/schema';
import { toMs, type Ms } from '../../lib/units';

export interface TechniquePageData {
  technique: Technique;
  /** The technique this one is a kind of, e.g. Effleurage for Forearm effleurage. */
  parent: Technique | undefined;
  /** Techniques that are kinds of this one. */
  variants: Technique[];
  /** Routines with at least one step of this technique, in library order. */
  routines: Routine[];
}

export function relatedTo(
  technique: Technique,
  { techniques, routines }: { techniques: readonly Technique[]; routines: readonly Routine[] },
): TechniquePageData {
  return {
    technique,
    parent: technique.variantOf ? techniques.find((t) => t.id === technique.variantOf) : undefined,
    variants: techniques
      .filter((t) => t.variantOf === technique.id)
      .sort((a, b) => a.name.localeCompare(b.name)),
    routines: routines.filter((r) => r.steps.some((s) => s.technique === technique.id)),
  };
}

/** Styles and "leave it to professionals" techniques are explained, never run as a step. */
export const canBeTried = (t: Technique) => t.kind === 'technique' && !t.professionalsOnly;

/** The "Try it" length: the shortest sensible time for the technique, or a minute. */
export const tryItDuration = (t: Technique): Ms => toMs(t.duration?.min ?? 60);
