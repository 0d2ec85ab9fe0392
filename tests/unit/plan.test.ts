/** The one plan: step times and totals for every routine, flare-up and fit to time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routines } from '../../src/content';
import { planRange, planRoutine, planTotal, type PlannableStep } from '../../src/engine/plan';
import { ms } from '../../src/lib/units';

const sumOf = (steps: readonly PlannableStep[], pick: (s: PlannableStep) => number) =>
  steps.reduce((total, s) => total + pick(s) * 1000, 0);

describe('the plan', () => {
  it.each(routines.map((r) => [r.id, r] as const))(
    '%s as written: every step at its default',
    (_id, routine) => {
      const plan = planRoutine(routine);
      expect(plan.steps.map((s) => s.durationMs)).toEqual(
        routine.steps.map((s) => s.duration.default * 1000),
      );
      expect(plan.totalMs).toBe(sumOf(routine.steps, (s) => s.duration.default));
      expect(plan.steps.map((s) => s.checkIn)).toEqual(routine.steps.map((s) => Boolean(s.checkIn)));
      expect(plan.fit).toBeNull();
    },
  );

  it.each(routines.map((r) => [r.id, r] as const))(
    '%s in a flare-up: shorter, each step at its minimum',
    (_id, routine) => {
      expect(planTotal(routine, { gentle: true })).toBe(sumOf(routine.steps, (s) => s.duration.min));
      expect(planTotal(routine, { gentle: true })).toBeLessThanOrEqual(planTotal(routine));
    },
  );

  it('fits a routine to 10 minutes, each step inside its own range, keeping its shape', () => {
    const routine = routines.find((r) => r.id === 'partner-lower-back')!;
    const plan = planRoutine(routine, { targetMs: ms(10 * 60_000) });
    expect(plan.fit).toEqual({ targetMs: 10 * 60_000, reached: true });
    expect(Math.abs(plan.totalMs - 10 * 60_000)).toBeLessThanOrEqual(30_000);
    plan.steps.forEach((s, i) => {
      const d = routine.steps[i]!.duration;
      expect(s.durationMs).toBeGreaterThanOrEqual(d.min * 1000);
      expect(s.durationMs).toBeLessThanOrEqual(d.max * 1000);
    });
  });

  it('says the nearest length when the target cannot be reached', () => {
    const routine = routines.find((r) => r.id === 'self-ball')!;
    const { minMs, maxMs } = planRange(routine);
    const short = planRoutine(routine, { targetMs: ms(60_000) });
    expect(minMs).toBeGreaterThan(90_000);
    expect(short.fit?.reached).toBe(false);
    expect(short.totalMs).toBe(minMs);
    const long = planRoutine(routine, { targetMs: ms(maxMs + 10 * 60_000) });
    expect(long.fit?.reached).toBe(false);
    expect(long.totalMs).toBe(maxMs);
  });

  it('for any routine and target: steps stay in range, a reachable target is met, the same ask gives the same plan', () => {
    const step = fc
      .tuple(
        fc.integer({ min: 10, max: 600 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 600 }),
      )
      .map(([min, up1, up2]) => ({
        duration: { min, default: min + up1, max: min + up1 + up2 },
        side: 'both' as const,
      }));
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 60, max: 60 * 60 }),
        fc.boolean(),
        (steps, targetS, gentle) => {
          const routine = { steps };
          const plan = planRoutine(routine, { targetMs: ms(targetS * 1000), gentle });
          const { minMs, maxMs } = planRange(routine, { gentle });
          plan.steps.forEach((s, i) => {
            const d = steps[i]!.duration;
            expect(s.durationMs).toBeGreaterThanOrEqual(d.min * 1000);
            expect(s.durationMs).toBeLessThanOrEqual((gentle ? d.default : d.max) * 1000);
          });
          const target = targetS * 1000;
          if (target >= minMs && target <= maxMs) expect(plan.fit?.reached).toBe(true);
          else expect(plan.totalMs).toBe(target < minMs ? minMs : maxMs);
          expect(planRoutine(routine, { targetMs: ms(target), gentle })).toEqual(plan);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
