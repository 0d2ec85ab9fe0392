/**
 * What the safety check's conditions do to a routine: block it, keep it light, leave steps out, or rule
 * out its position. Pure; the check shows the result ("3 steps left out, pressure light") and the
 * session runs the adapted routine.
 */
import type { Condition, LeaveOut, Routine, Step } from './schema.ts';

export interface Adapted {
  /** The routine to run; null when nothing may run (blocked, wrong position, or every step left out). */
  routine: Routine | null;
  /** Conditions that rule out any session today. */
  blockedBy: Condition[];
  /** Conditions that rule out this routine's position, and the positions they leave. */
  notInPosition: Condition[];
  /** The names of the steps left out, in order. */
  leftOut: string[];
  /** Every step is done light. */
  light: boolean;
}

const hits = <T>(wanted: readonly T[] | undefined, value: T) =>
  wanted === undefined || wanted.includes(value);

/** A step matches a rule when it matches every field the rule gives. */
const matches = (step: Step, rule: LeaveOut) =>
  hits(rule.strokes, step.stroke) &&
  hits(rule.techniques, step.technique) &&
  hits(rule.contacts, step.contact) &&
  hits(rule.pressures, step.pressure) &&
  (rule.areas === undefined || step.bodyAreas.some((a) => rule.areas!.includes(a)));

/** A step made light says so in its cue too: its own words may ask for more. */
function lightened(step: Step): Step {
  if (step.pressure === 'light') return step;
  const tool = step.contact === 'ball' || step.contact === 'foam-roller';
  const pressureCue = tool
    ? 'Light today: lean in only a little, and ease off at any tenderness.'
    : 'Light today: let the weight of the hands do it, with no pressing.';
  return { ...step, pressure: 'light', pressureCue };
}

export function adaptRoutine(routine: Routine, conditions: readonly Condition[]): Adapted {
  const blockedBy = conditions.filter((c) => c.blocks);
  const notInPosition = conditions.filter((c) => c.notIn.includes(routine.position));
  const rules = conditions.flatMap((c) => c.leaveOut);
  const kept = routine.steps.filter((s) => !rules.some((rule) => matches(s, rule)));
  const leftOut = routine.steps.filter((s) => !kept.includes(s)).map((s) => s.name);
  const light = conditions.some((c) => c.lightOnly);
  const steps = light ? kept.map(lightened) : kept;
  const runnable = blockedBy.length === 0 && notInPosition.length === 0 && steps.length > 0;
  return { routine: runnable ? { ...routine, steps } : null, blockedBy, notInPosition, leftOut, light };
}
