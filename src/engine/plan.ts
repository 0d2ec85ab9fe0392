/**
 * The plan: the one place that turns a routine and the session's options into step times and a total.
 * The player, the spoken script, the routine page, the safety check, the content check and the end
 * screen all read it, so a figure shown anywhere is the figure the session runs.
 */
import { ms, toMs, type Ms } from '../lib/units.ts';
import type { PlanStep, Side } from './session.ts';

/** Self-massage with a ball or roller: 10–15 minutes a day at most (seed 000). One constant for all. */
export const DAILY_CAP_MS = ms(15 * 60_000);

/**
 * The cap is for a ball or a roller pressed into the same muscles (seed 000), not for warmth or a
 * partner's hands: a routine counts toward it when any of its steps uses one.
 */
export const countsTowardDailyCap = (routine: { steps: readonly { contact: string }[] }): boolean =>
  routine.steps.some((s) => s.contact === 'ball' || s.contact === 'foam-roller');

/** What the plan needs of a step: its allowed times in seconds, as written, and what shapes its cues. */
export interface PlannableStep {
  duration: { default: number; min: number; max: number };
  side: Side;
  checkIn?: string | undefined;
}

export interface PlanOptions {
  /** An acute flare-up: lighter and shorter, so each step at its shortest (or shorter than written). */
  gentle?: boolean;
  /** Fit to time: the length the session should have, reached by scaling steps within their ranges. */
  targetMs?: Ms | null;
}

export interface Plan {
  steps: PlanStep[];
  totalMs: Ms;
  /** With a target: whether it was reached; if not, `totalMs` is the nearest length possible. */
  fit: { targetMs: Ms; reached: boolean } | null;
}

/** Fitted times move in steps of this much, so a step reads "2:35", not "2:37". */
const GRAIN_S = 5;
/** A fitted total this close to the target counts as reached. */
const REACHED_WITHIN_S = 30;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

// A gentle session never runs a step longer than written, and with no target runs each at its minimum.
const rangesOf = (steps: readonly PlannableStep[], gentle: boolean): Range[] =>
  steps.map(({ duration: d }) => ({ min: d.min, max: gentle ? d.default : d.max, base: d.default }));

export function planRoutine(routine: { steps: readonly PlannableStep[] }, options: PlanOptions = {}): Plan {
  const { gentle = false, targetMs = null } = options;
  const ranges = rangesOf(routine.steps, gentle);
  const seconds =
    targetMs === null
      ? ranges.map((r) => (gentle ? r.min : r.base))
      : fitSeconds(ranges, Math.round(targetMs / 1000));
  const steps = routine.steps.map((step, i) => ({
    durationMs: toMs(seconds[i] ?? step.duration.default),
    side: step.side,
    checkIn: Boolean(step.checkIn),
  }));
  const totalMs = ms(sum(steps.map((s) => s.durationMs)));
  const fit =
    targetMs === null ? null : { targetMs, reached: Math.abs(totalMs - targetMs) <= REACHED_WITHIN_S * 1000 };
  return { steps, totalMs, fit };
}

/** A routine's length as the plan runs it. */
export const planTotal = (routine: { steps: readonly PlannableStep[] }, options?: PlanOptions): Ms =>
  planRoutine(routine, options).totalMs;

/** The shortest and longest the routine can be made, every step within its range. */
export function planRange(
  routine: { steps: readonly PlannableStep[] },
  { gentle = false }: Pick<PlanOptions, 'gentle'> = {},
): { minMs: Ms; maxMs: Ms } {
  const ranges = rangesOf(routine.steps, gentle);
  return { minMs: toMs(sum(ranges.map((r) => r.min))), maxMs: toMs(sum(ranges.map((r) => r.max))) };
}

interface Range {
  min: number;
  max: number;
  base: number;
}

/**
 * Scales every step by one factor, each held inside its own range, so the routine keeps its shape; then
 * nudges steps that still have room by the grain until the total is as close to the target as it can be.
 */
function fitSeconds(ranges: readonly Range[], target: number): number[] {
  if (target >= sum(ranges.map((r) => r.max))) return ranges.map((r) => r.max);
  if (target <= sum(ranges.map((r) => r.min))) return ranges.map((r) => r.min);
  const at = (factor: number) =>
    ranges.map((r) => clamp(Math.round((r.base * factor) / GRAIN_S) * GRAIN_S, r.min, r.max));
  let lo = 0;
  let hi = Math.max(1, ...ranges.map((r) => r.max / Math.max(1, r.base)));
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) < target) lo = mid;
    else hi = mid;
  }
  const below = at(lo);
  const above = at(hi);
  const times = Math.abs(sum(above) - target) < Math.abs(sum(below) - target) ? above : below;
  // Longest steps first: a few seconds more or less shows least on them. Ties keep the routine's order.
  const order = ranges.map((r, i) => ({ r, i })).sort((a, b) => b.r.base - a.r.base || a.i - b.i);
  let diff = target - sum(times);
  for (let pass = 0; pass < 1000 && Math.abs(diff) >= GRAIN_S; pass++) {
    let moved = false;
    for (const { r, i } of order) {
      if (Math.abs(diff) < GRAIN_S) break;
      const step = Math.sign(diff) * GRAIN_S;
      const t = times[i]!;
      if (t + step < r.min || t + step > r.max) continue;
      times[i] = t + step;
      diff -= step;
      moved = true;
    }
    if (!moved) break;
  }
  return times;
}
