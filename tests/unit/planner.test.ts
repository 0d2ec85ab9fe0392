/** The planner: any request gives a routine that keeps the content rules, or says why it can't. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routines } from '../../src/content';
import { findAuthored } from '../../src/content/compose';
import { judgeSpec } from '../../src/content/ownRoutine';
import {
  PLAN_AREAS,
  PLAN_MINUTES,
  PLAN_TOOLS,
  planSession,
  type PlanRequest,
} from '../../src/content/planner';
import { composeRoutine } from '../../src/content/compose';
import { countsTowardDailyCap, DAILY_CAP_MS, planTotal } from '../../src/engine/plan';
import { BACK_REGIONS } from '../../src/lib/regions';

const request = fc.record({
  areas: fc.subarray([...PLAN_AREAS], { minLength: 1 }),
  who: fc.constantFrom('partner' as const, 'self' as const),
  minutes: fc.integer({ min: PLAN_MINUTES.min, max: PLAN_MINUTES.max }),
  tools: fc.subarray([...PLAN_TOOLS]),
  gentle: fc.boolean(),
});
const loggedToday = fc.integer({ min: 0, max: DAILY_CAP_MS });
const TOOL_OF: Record<string, string> = {
  ball: 'ball',
  'foam-roller': 'foam-roller',
  'warm-towel': 'warm-towel',
};

/** A thousand plans take a second or two; a busy machine may take several times that. */
const SLOW = 60_000;

describe('plan a session', () => {
  it(
    'every plan keeps the content rules, fits its length or says so, and stays within what was asked',
    () => {
      fc.assert(
        fc.property(request, loggedToday, (req: PlanRequest, today) => {
          const result = planSession(routines, req, today);
          if (!result.ok) {
            expect(result.reason.length).toBeGreaterThan(10);
            return;
          }
          // The same rules as shipped content, through the same code.
          expect(judgeSpec('my-plan', result.spec).problems).toEqual([]);
          const routine = composeRoutine('my-plan', result.spec, routines)!;
          expect(routine.who).toBe(req.who);
          // Its total is what the plan runs, and it is the asked length within 30 s, or says it isn't.
          expect(planTotal(routine)).toBe(result.totalMs);
          if (result.reached)
            expect(Math.abs(result.totalMs - req.minutes * 60_000)).toBeLessThanOrEqual(30_000);
          // Never past today's cap.
          if (countsTowardDailyCap(routine)) expect(today + result.totalMs).toBeLessThanOrEqual(DAILY_CAP_MS);
          const asked = new Set(
            BACK_REGIONS.filter((r) => req.areas.includes(r.id)).flatMap((r) => [...r.areas]),
          );
          result.spec.steps.forEach((ref, i) => {
            const { step } = findAuthored(routines, ref)!;
            const tool = TOOL_OF[step.contact];
            if (tool) expect(req.tools).toContain(tool);
            if (req.gentle) expect(ref.pressure).toBe('light');
            const opensOrCloses = i === 0 || i === result.spec.steps.length - 1;
            // Work is on the chosen areas; only the opening and closing strokes may reach past them.
            if (!opensOrCloses) expect(step.bodyAreas.some((a) => asked.has(a))).toBe(true);
            if (step.bodyAreas.includes('neck') || step.bodyAreas.includes('upper-trapezius')) {
              expect(ref.pressure).not.toBe('firm');
            }
          });
        }),
        { numRuns: 1000 },
      );
    },
    SLOW,
  );

  it(
    'the same request always gives the same routine',
    () => {
      fc.assert(
        fc.property(request, loggedToday, (req, today) => {
          expect(planSession(routines, req, today)).toEqual(planSession(routines, { ...req }, today));
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it('a partner plan for the lower back and shoulders opens warm, works from the hips up and closes softly', () => {
    const result = planSession(
      routines,
      {
        areas: ['neck-shoulders', 'lower-back'],
        who: 'partner',
        minutes: 15,
        tools: ['massage-oil'],
        gentle: false,
      },
      0,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.reached).toBe(true);
    expect(result.steps[0]!.reason).toMatch(/warms/);
    expect(result.steps.at(-1)!.reason).toMatch(/soothing/);
    const lower = result.steps.findIndex((s) => /lower back/.test(s.reason));
    const neck = result.steps.findIndex((s) => /neck and shoulders/.test(s.reason));
    expect(lower).toBeLessThan(neck);
  });

  it('with the cap used up, a ball plan says so instead of a routine', () => {
    const result = planSession(
      routines,
      { areas: ['lower-back'], who: 'self', minutes: 10, tools: ['ball'], gentle: false },
      DAILY_CAP_MS - 60_000,
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/ball or roller/) });
  });

  it('with no tool, a self plan for areas only a tool reaches says what to add', () => {
    const result = planSession(
      routines,
      { areas: ['hips-glutes'], who: 'self', minutes: 10, tools: [], gentle: false },
      0,
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/Add a tool/) });
  });

  it('no area chosen is a reason, not a routine', () => {
    expect(
      planSession(routines, { areas: [], who: 'partner', minutes: 10, tools: [], gentle: false }, 0),
    ).toEqual({
      ok: false,
      reason: 'Choose at least one area.',
    });
  });
});
