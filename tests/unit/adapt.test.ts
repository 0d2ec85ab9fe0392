/** The conditions beyond the seeds, each applied to a routine by the one function the session uses. */
import { describe, expect, it } from 'vitest';
import { routines, safety } from '../../src/content';
import { adaptRoutine } from '../../src/content/adapt';

const routine = (id: string) => routines.find((r) => r.id === id)!;
const condition = (id: string) => safety.conditions.find((c) => c.id === id)!;
const FRICTION = /friction/;

describe('conditions shape the session', () => {
  it('each names the public guidance it follows', () => {
    expect(safety.conditions.length).toBeGreaterThanOrEqual(8);
    for (const c of safety.conditions) expect(c.source.length).toBeGreaterThan(10);
  });

  it('blood thinners: light throughout, and no tapping, friction or firm hold', () => {
    const fullBack = routine('partner-full-back');
    const { routine: adapted, leftOut, light } = adaptRoutine(fullBack, [condition('blood-thinners')]);
    expect(light).toBe(true);
    expect(adapted!.steps.every((s) => s.pressure === 'light')).toBe(true);
    expect(adapted!.steps.some((s) => s.stroke === 'tapping')).toBe(false);
    expect(adapted!.steps.some((s) => FRICTION.test(s.technique))).toBe(false);
    expect(leftOut.length).toBe(fullBack.steps.length - adapted!.steps.length);
    expect(leftOut.length).toBeGreaterThan(0);
    const lowerBack = adaptRoutine(routine('partner-lower-back'), [condition('blood-thinners')]).routine!;
    const holds = routine('partner-lower-back').steps.filter(
      (s) => s.stroke === 'hold' && s.pressure === 'firm',
    );
    for (const hold of holds) expect(lowerBack.steps.map((s) => s.id)).not.toContain(hold.id);
  });

  it('pregnancy rules out lying face down, and leaves side-lying and seated routines open, light', () => {
    const pregnant = [condition('pregnant')];
    for (const r of routines.filter((x) => x.position === 'face-down')) {
      const adapted = adaptRoutine(r, pregnant);
      expect(adapted.routine).toBeNull();
      expect(adapted.notInPosition).toEqual(pregnant);
    }
    const side = adaptRoutine(routine('partner-side-lying'), pregnant).routine!;
    expect(side.steps.every((s) => s.pressure === 'light')).toBe(true);
    expect(adaptRoutine(routine('partner-seated-upper-back'), pregnant).routine).not.toBeNull();
  });

  it('osteoporosis: no ball or roller beside the spine, light', () => {
    const ball = adaptRoutine(routine('self-ball'), [condition('osteoporosis')]).routine!;
    expect(ball.steps.some((s) => s.bodyAreas.includes('beside-spine'))).toBe(false);
    expect(ball.steps.length).toBeGreaterThan(0);
  });

  it('surgery, a clot or cancer treatment block any session', () => {
    for (const id of ['recent-surgery', 'blood-clot', 'cancer-treatment']) {
      const adapted = adaptRoutine(routine('partner-lower-back'), [condition(id)]);
      expect(adapted.routine).toBeNull();
      expect(adapted.blockedBy.map((c) => c.id)).toEqual([id]);
    }
  });

  it('reduced feeling: no heat, light', () => {
    const towel = adaptRoutine(routine('warm-towel'), [condition('reduced-feeling')]);
    expect(towel.routine!.steps.some((s) => s.contact === 'warm-towel')).toBe(false);
    expect(towel.leftOut.length).toBe(2);
  });

  it('a nut allergy changes no step, only what oil to use', () => {
    const r = routine('partner-lower-back');
    const adapted = adaptRoutine(r, [condition('nut-allergy')]);
    expect(adapted.routine).toEqual(r);
    expect(condition('nut-allergy').advice).toMatch(/almond/);
  });

  it('nothing ticked leaves the routine as it is', () => {
    const r = routine('partner-full-back');
    expect(adaptRoutine(r, [])).toEqual({
      routine: r,
      blockedBy: [],
      notInPosition: [],
      leftOut: [],
      light: false,
    });
  });
});

describe('a step made light', () => {
  it('says light in its own cue, not the firmer words it was written with', () => {
    const ball = routine('self-ball');
    const adapted = adaptRoutine(ball, [condition('reduced-feeling')]).routine!;
    ball.steps.forEach((written, i) => {
      const step = adapted.steps[i]!;
      if (written.pressure === 'light') expect(step.pressureCue).toBe(written.pressureCue);
      else expect(step.pressureCue).toMatch(/^Light today/);
    });
  });
});
