/**
 * A routine a person puts together (built, copied, planned or received by link) is a list of references
 * to the library's authored steps, each with its own time, pressure and side. Composing it gives a full
 * routine, so every instruction, pressure cue, check-in and safety note comes along, and the same schema
 * and rules as shipped content then decide whether it may be played.
 */
import { z } from 'zod/mini';
import { planRange, planTotal } from '../engine/plan.ts';
import { PRESSURES, SIDES, WHO } from '../lib/vocabulary.ts';
import type { Pressure, Routine, Side, Step } from './schema.ts';

const ref = z.string().check(z.minLength(1), z.maxLength(80));

export const StepRef = z.object({
  /** The routine the step is authored in, and its id there. */
  routine: ref,
  step: ref,
  seconds: z.int().check(z.gte(1), z.lte(60 * 60)),
  pressure: z.enum(PRESSURES),
  side: z.enum(SIDES),
});
export type StepRef = z.infer<typeof StepRef>;

export const NAME_MAX = 60;
export const STEPS_MAX = 40;

/** What a person decides: a name, who it is for, and the steps. Stored, shared and planned as this. */
export const RoutineSpec = z.object({
  name: z.string().check(z.maxLength(NAME_MAX)),
  who: z.enum(WHO),
  steps: z.array(StepRef).check(z.maxLength(STEPS_MAX)),
});
export type RoutineSpec = z.infer<typeof RoutineSpec>;

/** The same steps: each with the same time, pressure and side, in order. */
export const sameSteps = (a: readonly StepRef[], b: readonly StepRef[]) =>
  a.length === b.length &&
  a.every(
    (s, i) =>
      s.routine === b[i]!.routine &&
      s.step === b[i]!.step &&
      s.seconds === b[i]!.seconds &&
      s.pressure === b[i]!.pressure &&
      s.side === b[i]!.side,
  );

/** The same routine: name, who, and steps. */
export const sameSpec = (a: RoutineSpec, b: RoutineSpec) =>
  a.name === b.name && a.who === b.who && sameSteps(a.steps, b.steps);

export interface AuthoredStep {
  routine: Routine;
  step: Step;
}

export const findAuthored = (library: readonly Routine[], r: Pick<StepRef, 'routine' | 'step'>) => {
  const routine = library.find((x) => x.id === r.routine);
  const step = routine?.steps.find((s) => s.id === r.step);
  return routine && step ? { routine, step } : undefined;
};

/** Every authored step, in library order. */
export const authoredSteps = (library: readonly Routine[]): AuthoredStep[] =>
  library.flatMap((routine) => routine.steps.map((step) => ({ routine, step })));

/** A step as written, as a reference: its own time, pressure and side. */
export const refTo = ({ routine, step }: AuthoredStep): StepRef => ({
  routine: routine.id,
  step: step.id,
  seconds: step.duration.default,
  pressure: step.pressure,
  side: step.side,
});

/** A routine's steps as references, for "Copy to my routines". */
export const refsOf = (routine: Routine): StepRef[] => routine.steps.map((step) => refTo({ routine, step }));

const LEVELS: readonly Pressure[] = PRESSURES;
/** As firm as the step is written, or lighter. */
export const pressuresFor = (step: Step): Pressure[] => LEVELS.slice(0, LEVELS.indexOf(step.pressure) + 1);

/** A step done on each side in turn may be done on one side only; one done on both at once stays so. */
export const sidesFor = (step: Step): Side[] =>
  step.side === 'each' ? ['each', 'left', 'right'] : step.side === 'both' ? ['both'] : ['left', 'right'];

/** A problem with what a person chose, at a path of the spec (`steps[2].pressure`, `name`). */
export interface SpecProblem {
  path: string;
  message: string;
}

/** What the composed routine cannot say for itself: steps that exist, and choices within each step. */
export function checkSpec(spec: RoutineSpec, library: readonly Routine[]): SpecProblem[] {
  const problems: SpecProblem[] = [];
  if (spec.name.trim() === '') problems.push({ path: 'name', message: 'Give the routine a name.' });
  if (spec.steps.length === 0) problems.push({ path: 'steps', message: 'Add at least one step.' });
  spec.steps.forEach((r, i) => {
    const at = `steps[${i}]`;
    const found = findAuthored(library, r);
    if (!found) {
      problems.push({ path: at, message: 'This step is not in this version of Unknot.' });
      return;
    }
    const { routine, step } = found;
    if (routine.who !== spec.who) {
      const whose = routine.who === 'partner' ? 'massaging someone else' : 'massaging yourself';
      problems.push({ path: at, message: `This step is written for ${whose}.` });
    }
    if (!pressuresFor(step).includes(r.pressure)) {
      problems.push({
        path: `${at}.pressure`,
        message: `This step goes no firmer than ${step.pressure}.`,
      });
    }
    if (!sidesFor(step).includes(r.side)) {
      problems.push({ path: `${at}.side`, message: 'This step cannot be done that way round.' });
    }
    const { min, max } = step.duration;
    if (r.seconds < min || r.seconds > max) {
      problems.push({
        path: `${at}.seconds`,
        message: `This step takes between ${min} and ${max} seconds.`,
      });
    }
  });
  return problems;
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/**
 * The full routine a spec describes, or null when a step is missing. Setup and closing come from the
 * routine most of its steps are from; tools and what not to massage over, from all of them.
 */
export function composeRoutine(
  id: string,
  spec: RoutineSpec,
  library: readonly Routine[],
  /** Whose it is, as its summary opens: a shared one is someone else's until it is saved. */
  summaryLead = 'Your own routine',
): Routine | null {
  const found = spec.steps.map((r) => findAuthored(library, r));
  if (found.some((f) => !f)) return null;
  const authored = found as AuthoredStep[];
  const sources = unique(authored.map((a) => a.routine));
  const lead =
    [...sources].sort(
      (a, b) =>
        authored.filter((x) => x.routine === b).length - authored.filter((x) => x.routine === a).length,
    )[0] ?? library.find((r) => r.who === spec.who);
  if (!lead) return null;
  const taken = new Map<string, number>();
  const steps: Step[] = authored.map(({ step }, i) => {
    const r = spec.steps[i]!;
    // The same step twice needs two ids: the second is "step-2".
    const n = (taken.get(step.id) ?? 0) + 1;
    taken.set(step.id, n);
    return {
      ...step,
      id: n === 1 ? step.id : `${step.id}-${n}`,
      duration: { ...step.duration, default: r.seconds },
      pressure: r.pressure,
      side: r.side,
    };
  });
  const routine: Routine = {
    id,
    title: spec.name.trim(),
    summary: summaryOf(summaryLead, sources.length > 0 ? sources : [lead]),
    who: spec.who,
    position: lead.position,
    tools: unique(sources.flatMap((s) => s.tools)),
    minutes: { min: 1, max: 1 },
    setup: lead.setup,
    steps,
    closing: lead.closing,
    contraindications: unique(sources.flatMap((s) => s.contraindications)),
    seeds: unique([...lead.seeds, ...steps.flatMap((s) => s.seeds)]).sort(),
  };
  // Its length is what its steps add up to, whatever that is; the rules judge the steps, not this.
  const total = planTotal(routine) / 60_000;
  const longest = planRange(routine).maxMs / 60_000;
  routine.minutes = {
    min: Math.max(1, Math.floor(total)),
    max: Math.max(1, Math.ceil(total), Math.ceil(longest)),
  };
  return routine;
}

function summaryOf(summaryLead: string, sources: readonly Routine[]): string {
  const titles = sources.map((s) => s.title);
  const list = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles[0];
  return `${summaryLead}, with steps from ${list}.`.slice(0, 240);
}
