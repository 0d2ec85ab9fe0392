/**
 * "Plan a session": where it hurts, who, how long, what is at hand → a routine made only of the
 * library's authored steps, or the reason there can't be one. Pure: the library, the request and the
 * self-massage already logged today come in as arguments, and the same request always gives the same
 * routine. Every result is judged by the same rules as shipped content (see ownRoutine.ts).
 */
import { countsTowardDailyCap, DAILY_CAP_MS, planRange, planRoutine } from '../engine/plan.ts';
import { BACK_REGIONS } from '../lib/regions.ts';
import { ms, type Ms } from '../lib/units.ts';
import {
  authoredSteps,
  composeRoutine,
  type AuthoredStep,
  type RoutineSpec,
  type StepRef,
} from './compose.ts';
import type { BodyArea, Pressure, Routine, Step, Who } from './schema.ts';

export const PLAN_AREAS = BACK_REGIONS.map((r) => r.id);
export type PlanArea = string;
export const PLAN_TOOLS = ['ball', 'foam-roller', 'warm-towel', 'massage-oil'] as const;
export type PlanTool = (typeof PLAN_TOOLS)[number];
export const PLAN_MINUTES = { min: 5, max: 30 } as const;
/** The id a planned routine plays under until it is saved. */
export const PLANNED_ID = 'my-plan';

export interface PlanRequest {
  areas: readonly PlanArea[];
  who: Who;
  minutes: number;
  tools: readonly PlanTool[];
  gentle: boolean;
}

export interface PlannedStep {
  ref: StepRef;
  /** Why this step is here, in a few words. */
  reason: string;
}

export type PlanResult =
  | {
      ok: true;
      spec: RoutineSpec;
      steps: PlannedStep[];
      totalMs: Ms;
      /** False when the asked length could not be reached; `totalMs` is then the nearest possible. */
      reached: boolean;
    }
  | { ok: false; reason: string };

/** Order of work on the back: from the hips up, so the session ends near the neck, where it is lightest. */
const REGION_ORDER = ['hips-glutes', 'lower-back', 'mid-back', 'upper-back', 'neck-shoulders'];
const NECK_AREAS: readonly BodyArea[] = ['neck', 'upper-trapezius'];
const TOOL_FOR_CONTACT: Partial<Record<Step['contact'], PlanTool>> = {
  ball: 'ball',
  'foam-roller': 'foam-roller',
  'warm-towel': 'warm-towel',
};
const GLIDES = new Set<Step['stroke']>(['glide-up', 'glide-down', 'glide-out']);
const LEVELS: readonly Pressure[] = ['light', 'medium', 'firm'];
const lighter = (a: Pressure, b: Pressure) => LEVELS[Math.min(LEVELS.indexOf(a), LEVELS.indexOf(b))]!;

const capReason = `That’s today’s ${DAILY_CAP_MS / 60_000} minutes of ball or roller work nearly used up. Rest, and try again tomorrow, or plan without the ball and roller.`;

const allLight = (routine: Routine) => routine.steps.every((s) => s.pressure === 'light');

const regionOf = (id: string) => BACK_REGIONS.find((r) => r.id === id);
const labelOf = (id: string) => regionOf(id)?.label.toLowerCase() ?? id;

/** A step is at hand when its tool is; hands need nothing, unless the step is about spreading oil. */
const atHand = (step: Step, tools: readonly PlanTool[]) => {
  const tool = TOOL_FOR_CONTACT[step.contact];
  if (tool !== undefined) return tools.includes(tool);
  return tools.includes('massage-oil') || !/\boil\b/i.test(`${step.name} ${step.instruction}`);
};

/** Light strokes that open a routine as written: they warm the back before deeper work. */
const isWarmUp = ({ routine, step }: AuthoredStep) =>
  step.pressure === 'light' &&
  (GLIDES.has(step.stroke) || step.contact === 'warm-towel') &&
  routine.steps[0] === step;

/** Light strokes that close a routine as written. */
const isClosing = ({ routine, step }: AuthoredStep) =>
  step.pressure === 'light' && GLIDES.has(step.stroke) && routine.steps.at(-1) === step;

/** The same step under the same name appears in several routines: one is enough. */
const sameWork = (a: Step, b: Step) => a.technique === b.technique && a.name === b.name;

/** One of each; of twins, the one in the fuller routine (its home, not a short variant like a flare-up's). */
function distinct(steps: readonly AuthoredStep[]): AuthoredStep[] {
  const kept: AuthoredStep[] = [];
  for (const a of steps) {
    const twin = kept.findIndex((k) => sameWork(k.step, a.step));
    if (twin === -1) kept.push(a);
    else if (a.routine.steps.length > kept[twin]!.routine.steps.length) kept[twin] = a;
  }
  return kept;
}

/**
 * A session keeps one position: a partner plan is done face down (the seated and side-lying routines
 * are their own sessions); self-massage moves between wall and floor as its routines do.
 */
const PLAN_POSITION: Record<Who, Routine['position']> = { partner: 'face-down', self: 'wall-and-floor' };
const inPosition = (routine: Routine, who: Who) =>
  routine.position === PLAN_POSITION[who] || (who === 'self' && routine.position === 'seated');

/** How much of a step's work is on a region: the share of its areas inside it. */
const share = (step: Step, region: string) => {
  const areas = regionOf(region)?.areas ?? [];
  return step.bodyAreas.filter((a) => areas.includes(a)).length / step.bodyAreas.length;
};

const refFor = ({ routine, step }: AuthoredStep, gentle: boolean): StepRef => {
  const nearNeck = step.bodyAreas.some((a) => NECK_AREAS.includes(a));
  const cap: Pressure = gentle ? 'light' : nearNeck ? 'medium' : 'firm';
  return {
    routine: routine.id,
    step: step.id,
    seconds: step.duration.default,
    pressure: lighter(step.pressure, cap),
    side: step.side,
  };
};

export function planSession(
  library: readonly Routine[],
  request: PlanRequest,
  selfTodayMs: number,
): PlanResult {
  const areas = REGION_ORDER.filter((r) => request.areas.includes(r));
  if (areas.length === 0) return { ok: false, reason: 'Choose at least one area.' };
  const minutes = Math.min(PLAN_MINUTES.max, Math.max(PLAN_MINUTES.min, Math.round(request.minutes)));
  // Fuller routines first: their openings and closings are the ones a plan borrows.
  const bySize = [...library].sort((a, b) => b.steps.length - a.steps.length);
  const pool = distinct(
    authoredSteps(bySize).filter(
      (a) =>
        a.routine.who === request.who &&
        inPosition(a.routine, request.who) &&
        atHand(a.step, request.tools) &&
        // A partner routine that stays light throughout is for flare-ups: only gentle plans draw on it.
        !(request.who === 'partner' && !request.gentle && allLight(a.routine)) &&
        // Gentle: nothing written as firm, even made lighter.
        !(request.gentle && a.step.pressure === 'firm'),
    ),
  );
  const chosenAreas = new Set(areas.flatMap((r) => regionOf(r)?.areas ?? []));
  const touchesChosen = (s: Step) => s.bodyAreas.some((a) => chosenAreas.has(a));

  // Any session opens and closes with light strokes; ones over the chosen areas first.
  // On your own, an opening or closing elsewhere on the back would be a step for nothing.
  const preferChosen = (xs: AuthoredStep[]) =>
    xs.find((a) => touchesChosen(a.step)) ?? (request.who === 'partner' ? xs[0] : undefined);
  const warmUp = preferChosen(pool.filter(isWarmUp));
  const closing = preferChosen(pool.filter((a) => isClosing(a) && a !== warmUp));
  const work = pool.filter((a) => a !== warmUp && a !== closing && !isWarmUp(a) && !isClosing(a));

  // Round the chosen areas, from the hips up, each taking its next best step, until the time is used.
  const targetS = minutes * 60;
  const frame = [warmUp, closing].filter((a) => a !== undefined);
  const budget = targetS - frame.reduce((sum, a) => sum + a.step.duration.default, 0);
  const picked: { a: AuthoredStep; region: string }[] = [];
  const used = new Set<AuthoredStep>();
  let spent = 0;
  // At least one step, however short the time: the fit makes room for it.
  for (let round = 0; round === 0 || spent < budget; round++) {
    let added = false;
    for (const region of areas) {
      if (spent >= budget && picked.length > 0) break;
      const next = work
        .filter((a) => !used.has(a) && share(a.step, region) > 0)
        .sort((x, y) => share(y.step, region) - share(x.step, region))[0];
      if (!next) continue;
      used.add(next);
      picked.push({ a: next, region });
      spent += next.step.duration.default;
      added = true;
    }
    if (!added) break;
  }
  if (picked.length === 0) {
    return {
      ok: false,
      reason:
        request.who === 'self'
          ? 'No self-massage step reaches those areas with what you have at hand. Add a tool, or choose other areas.'
          : 'No step reaches those areas. Choose other areas.',
    };
  }

  const build = () => {
    // Work goes from the hips up; within an area, from lighter to deeper work.
    const ordered = [...picked].sort(
      (x, y) =>
        areas.indexOf(x.region) - areas.indexOf(y.region) ||
        LEVELS.indexOf(x.a.step.pressure) - LEVELS.indexOf(y.a.step.pressure),
    );
    const sequence: PlannedStep[] = [
      ...(warmUp ? [{ ref: refFor(warmUp, request.gentle), reason: warmUpReason(warmUp, areas) }] : []),
      ...ordered.map(({ a, region }) => ({
        ref: refFor(a, request.gentle),
        reason: workReason(a.step, region),
      })),
      ...(closing
        ? [{ ref: refFor(closing, request.gentle), reason: 'finishes with soothing strokes' }]
        : []),
    ];
    const spec: RoutineSpec = {
      name: nameFor(areas, minutes),
      who: request.who,
      steps: sequence.map((x) => x.ref),
    };
    return { sequence, spec, routine: composeRoutine(PLANNED_ID, spec, library) };
  };
  let built = build();
  // Ball and roller work stays under the daily cap even stretched to its longest (a content rule): the
  // last-picked work goes until it does.
  const tooLong = (r: Routine | null) =>
    r !== null && countsTowardDailyCap(r) && planRange(r).maxMs > DAILY_CAP_MS;
  while (tooLong(built.routine) && picked.length > 1) {
    picked.pop();
    built = build();
  }
  const { sequence, spec, routine } = built;
  if (!routine || tooLong(routine)) return { ok: false, reason: 'This plan could not be put together.' };

  // A ball or roller session stops at today's cap: plan no more than what is left of it.
  const targetMs = ms(targetS * 1000);
  let left = Infinity;
  if (countsTowardDailyCap(routine)) {
    left = Math.max(0, DAILY_CAP_MS - selfTodayMs);
    const shortest = planRange(routine, { gentle: request.gentle }).minMs;
    if (left < shortest) {
      return { ok: false, reason: capReason };
    }
  }
  // A fit lands within 30 s of its target, either side: aim lower until it lands inside the cap.
  let aim = Math.min(targetMs, left);
  let plan = planRoutine(routine, { gentle: request.gentle, targetMs: ms(aim) });
  while (plan.totalMs > left && aim > 0) {
    aim -= Math.max(5000, plan.totalMs - left);
    plan = planRoutine(routine, { gentle: request.gentle, targetMs: ms(Math.max(0, aim)) });
  }
  if (plan.totalMs > left) return { ok: false, reason: capReason };
  const steps = sequence.map((s, i) => ({
    ...s,
    ref: { ...s.ref, seconds: Math.round(plan.steps[i]!.durationMs / 1000) },
  }));
  return {
    ok: true,
    spec: { ...spec, steps: steps.map((s) => s.ref) },
    steps,
    totalMs: plan.totalMs,
    // Cut short by the cap is not the length asked for.
    reached: (plan.fit?.reached ?? true) && Math.abs(plan.totalMs - targetMs) <= 30_000,
  };
}

function warmUpReason({ step }: AuthoredStep, areas: readonly string[]): string {
  if (step.contact === 'warm-towel') return 'warms the muscles before deeper work';
  const lower = areas.includes('lower-back') ? 'the lower back' : 'the back';
  return `warms ${lower} before deeper work`;
}

function workReason(step: Step, region: string): string {
  const where = `you asked for the ${labelOf(region)}`;
  if (step.bodyAreas.some((a) => NECK_AREAS.includes(a))) return `${where}; lighter near the neck`;
  return where;
}

function nameFor(areas: readonly string[], minutes: number): string {
  if (areas.length === REGION_ORDER.length) return `Whole back, ${minutes} min`;
  const list = [...areas].reverse().map(labelOf).join(', ');
  const name = `${list.charAt(0).toUpperCase()}${list.slice(1)} · ${minutes} min`;
  return name.length <= 60 ? name : `Planned session, ${minutes} min`;
}

/** A request as the plan form sends it (`?areas=…&who=…&minutes=…&tools=…&gentle=on`), or null. */
export function readPlanRequest(params: URLSearchParams): PlanRequest | null {
  const areas = params.getAll('areas').filter((a) => PLAN_AREAS.includes(a));
  const who = params.get('who');
  const minutes = Number(params.get('minutes'));
  if (areas.length === 0 || (who !== 'partner' && who !== 'self') || !Number.isFinite(minutes)) return null;
  const tools = params
    .getAll('tools')
    .filter((t): t is PlanTool => (PLAN_TOOLS as readonly string[]).includes(t));
  return {
    areas,
    who,
    minutes: Math.min(PLAN_MINUTES.max, Math.max(PLAN_MINUTES.min, Math.round(minutes))),
    tools,
    gentle: params.get('gentle') === 'on',
  };
}

/** The address of a request, the way the form writes it. */
export function planQuery(request: PlanRequest): string {
  const params = new URLSearchParams();
  for (const a of request.areas) params.append('areas', a);
  params.set('who', request.who);
  params.set('minutes', String(request.minutes));
  for (const t of request.tools) params.append('tools', t);
  if (request.gentle) params.set('gentle', 'on');
  return `?${params}`;
}
