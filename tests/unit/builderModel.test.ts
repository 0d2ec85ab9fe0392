/** The builder's pure operations, and the rules a built routine is held to (the shipped content's own). */
import { describe, expect, it } from 'vitest';
import { routines } from '../../src/content';
import { composeRoutine, refsOf, type RoutineSpec } from '../../src/content/compose';
import { judgeSpec } from '../../src/content/ownRoutine';
import { planTotal } from '../../src/engine/plan';
import {
  builderReducer,
  copyOf,
  emptyState,
  placeProblems,
  toSpec,
  type BuilderState,
} from '../../src/features/myRoutines/builderModel';

const byId = (id: string) => routines.find((r) => r.id === id)!;
const lowerBack = byId('partner-lower-back');
const ball = byId('self-ball');
const roller = byId('self-foam-roller');
const names = (s: BuilderState) => s.steps.map((x) => x.ref.step);

describe('builder operations', () => {
  it('a copy starts as the routine as written, under its own name', () => {
    const copy = copyOf(lowerBack);
    expect(copy.name).toBe('My partner lower back');
    expect(names(copy)).toEqual(lowerBack.steps.map((s) => s.id));
    const composed = composeRoutine('my-test', toSpec(copy), routines)!;
    expect(planTotal(composed)).toBe(planTotal(lowerBack));
    expect(judgeSpec('my-test', toSpec(copy)).problems).toEqual([]);
  });

  it('moves a step up and down, and not past either end', () => {
    const start = copyOf(lowerBack);
    const [first, second] = start.steps;
    const down = builderReducer(start, { type: 'move', key: first!.key, by: 1 });
    expect(names(down).slice(0, 2)).toEqual([second!.ref.step, first!.ref.step]);
    expect(builderReducer(start, { type: 'move', key: first!.key, by: -1 })).toBe(start);
    const last = start.steps.at(-1)!;
    expect(builderReducer(start, { type: 'move', key: last.key, by: 1 })).toBe(start);
  });

  it('a drag order is taken only when it is the same steps in a new order', () => {
    const start = copyOf(lowerBack);
    const keys = start.steps.map((s) => s.key);
    const reversed = builderReducer(start, { type: 'order', keys: [...keys].reverse() });
    expect(names(reversed)).toEqual([...names(start)].reverse());
    expect(builderReducer(start, { type: 'order', keys: keys.slice(1) })).toBe(start);
    expect(builderReducer(start, { type: 'order', keys: [keys[0]!, ...keys.slice(0, -1)] })).toBe(start);
  });

  it('adds, removes and changes a step; the same step twice gets two ids when composed', () => {
    const [ref] = refsOf(lowerBack);
    let state = builderReducer(emptyState(), { type: 'rename', name: 'Twice' });
    state = builderReducer(state, { type: 'add', ref: ref! });
    state = builderReducer(state, { type: 'add', ref: ref! });
    const composed = composeRoutine('my-x', toSpec(state), routines)!;
    expect(composed.steps.map((s) => s.id)).toEqual([ref!.step, `${ref!.step}-2`]);
    state = builderReducer(state, { type: 'change', key: state.steps[0]!.key, patch: { seconds: 200 } });
    expect(state.steps[0]!.ref.seconds).toBe(200);
    state = builderReducer(state, { type: 'remove', key: state.steps[1]!.key });
    expect(state.steps).toHaveLength(1);
  });

  it('a name is cut at 60 letters', () => {
    expect(builderReducer(emptyState(), { type: 'rename', name: 'x'.repeat(80) }).name).toHaveLength(60);
  });
});

describe('a built routine keeps the same rules as shipped content', () => {
  const spec = (over: Partial<RoutineSpec>): RoutineSpec => ({ ...toSpec(copyOf(lowerBack)), ...over });

  it('needs a name and a step', () => {
    const problems = placeProblems(judgeSpec('my-x', spec({ name: '  ', steps: [] })).problems);
    expect(problems.name).toEqual(['Give the routine a name.']);
    expect(problems.routine).toContain('Add at least one step.');
  });

  it('no firmer than the step allows, no time outside its range, no side it cannot take', () => {
    const steps = refsOf(lowerBack);
    const light = steps.findIndex((s) => s.pressure === 'medium');
    steps[light] = { ...steps[light]!, pressure: 'firm' };
    steps[0] = { ...steps[0]!, seconds: lowerBack.steps[0]!.duration.max + 60 };
    const both = steps.findIndex((s) => s.side === 'both');
    steps[both] = { ...steps[both]!, side: 'left' };
    const placed = placeProblems(judgeSpec('my-x', spec({ steps })).problems);
    expect(placed.steps.get(light)).toContainEqual(expect.stringMatching(/no firmer than medium/));
    expect(placed.steps.get(0)).toContainEqual(expect.stringMatching(/between \d+ and \d+ seconds/));
    expect(placed.steps.get(both)).toContainEqual(expect.stringMatching(/that way round/));
  });

  it('a ball or roller routine that could pass 15 minutes is refused, with the reason at the total', () => {
    const steps = [...refsOf(ball), ...refsOf(roller)];
    const { problems } = judgeSpec('my-x', { name: 'Everything', who: 'self', steps });
    expect(placeProblems(problems).routine).toContainEqual(
      expect.stringMatching(/within 15 min even at its longest/),
    );
  });

  it('a step of the other kind of routine is pointed out where it is', () => {
    const steps = [...refsOf(lowerBack).slice(0, 2), refsOf(ball)[0]!];
    const placed = placeProblems(judgeSpec('my-x', spec({ steps })).problems);
    expect(placed.steps.get(2)).toEqual(['This step is written for massaging yourself.']);
  });

  it('a step the library does not have cannot be composed, and says so', () => {
    const steps = [{ ...refsOf(lowerBack)[0]!, step: 'no-such-step' }];
    const judged = judgeSpec('my-x', spec({ steps }));
    expect(judged.routine).toBeNull();
    expect(placeProblems(judged.problems).steps.get(0)).toEqual([
      'This step is not in this version of Unknot.',
    ]);
  });
});

describe('Search steps', () => {
  it('finds steps by their own words and through the technique search, for the kind of routine built', async () => {
    const { searchSteps } = await import('../../src/features/myRoutines/stepSearch');
    const partner = searchSteps(routines, 'partner', '');
    expect(partner.every((a) => a.routine.who === 'partner')).toBe(true);
    expect(partner.length).toBe(routines.filter((r) => r.who === 'partner').flatMap((r) => r.steps).length);
    // "kneading" is petrissage's other name: every petrissage step comes up, though none says "kneading".
    const kneading = searchSteps(routines, 'partner', 'kneading').map((a) => a.step.technique);
    expect(kneading).toContain('petrissage');
    // A typo still finds the step by its technique.
    expect(searchSteps(routines, 'partner', 'efleurage').length).toBeGreaterThan(0);
    expect(searchSteps(routines, 'self', 'wall').every((a) => a.routine.who === 'self')).toBe(true);
    expect(searchSteps(routines, 'partner', 'zzzz')).toEqual([]);
  });
});
