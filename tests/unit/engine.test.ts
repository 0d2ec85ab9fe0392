import { describe, expect, it } from 'vitest';
import {
  addTime,
  advance,
  createSession,
  GET_READY_MS,
  next,
  pause,
  previous,
  resume,
  start,
  stop,
  viewAt,
  type PlanStep,
  type SessionState,
} from '../../src/engine/session';
import type { Cue } from '../../src/engine/cues';
import { ms, timestamp, type Timestamp } from '../../src/lib/units';

const T0 = timestamp(1_700_000_000_000);
const at = (seconds: number): Timestamp => timestamp(T0 + seconds * 1000);
const step = (seconds: number, extra: Partial<PlanStep> = {}): PlanStep => ({
  durationMs: ms(seconds * 1000),
  side: 'both',
  checkIn: false,
  ...extra,
});

function started(steps: PlanStep[]): SessionState {
  return start(createSession(steps, T0), T0);
}

/** Advances second by second, as a ticking player would, and collects every cue. */
function tickThrough(state: SessionState, fromSecond: number, toSecond: number) {
  const cues: Cue[] = [];
  let s = state;
  for (let t = fromSecond; t <= toSecond; t += 0.25) {
    const result = advance(s, at(t));
    s = result.state;
    cues.push(...result.cues);
  }
  return { state: s, cues };
}

describe('session timing', () => {
  it('counts a step down from timestamps', () => {
    const s = started([step(60), step(120)]);
    const view = viewAt(s, at(15));
    expect(view.stepIndex).toBe(0);
    expect(view.stepRemainingMs).toBe(45_000);
    expect(view.sessionRemainingMs).toBe(165_000);
  });

  it('shows the right step after a 60 s hidden gap, with no tick in between', () => {
    const s = started([step(30), step(45), step(120)]);
    // 30 s into the session the page hides; it is seen again 60 s later, at 90 s.
    const view = viewAt(s, at(90));
    expect(view.stepIndex).toBe(2);
    expect(view.stepElapsedMs).toBe(15_000);
    expect(view.sessionRemainingMs).toBe(105_000);
  });

  it('does not drift over a 20-minute routine ticked at uneven intervals', () => {
    const steps = [step(300), step(300), step(240), step(180), step(180)];
    let s = started(steps);
    let t = 0;
    let i = 0;
    while (t < 1199) {
      t += [0.25, 0.9, 1.7, 0.33][i++ % 4]!;
      s = advance(s, at(t)).state;
    }
    const view = viewAt(s, at(1199));
    expect(view.stepIndex).toBe(4);
    expect(view.stepRemainingMs).toBe(1000);
    expect(advance(s, at(1200)).state.status).toBe('finished');
  });

  it('finishes when the last step runs out, at the moment it ran out', () => {
    const s = started([step(30), step(30)]);
    const { state, cues } = advance(s, at(500));
    expect(state.status).toBe('finished');
    expect(state.endedAt).toBe(at(60));
    expect(cues.at(-1)).toMatchObject({ kind: 'finished', at: at(60) });
    expect(viewAt(state, at(900)).sessionRemainingMs).toBe(0);
  });

  it('holds the clock while paused and for the get-ready count after resuming', () => {
    let s = started([step(60), step(60)]);
    s = pause(s, at(20));
    expect(viewAt(s, at(200)).stepRemainingMs).toBe(40_000);
    s = resume(s, at(200));
    const during = viewAt(s, at(201));
    expect(during.getReadyMs).toBe(GET_READY_MS - 1000);
    expect(during.stepRemainingMs).toBe(40_000);
    expect(viewAt(s, at(203)).stepRemainingMs).toBe(40_000);
    expect(viewAt(s, at(213)).stepRemainingMs).toBe(30_000);
    expect(viewAt(s, at(213)).getReadyMs).toBe(0);
  });

  it('adds 30 seconds to the current step only', () => {
    let s = started([step(60), step(60)]);
    s = addTime(s, at(50));
    expect(viewAt(s, at(50)).stepRemainingMs).toBe(40_000);
    expect(viewAt(s, at(95)).stepIndex).toBe(1);
    expect(viewAt(s, at(95)).stepRemainingMs).toBe(55_000);
  });

  it('moves to the next and previous step with a fresh clock', () => {
    let s = started([step(60), step(60), step(60)]);
    s = next(s, at(10));
    expect(viewAt(s, at(10))).toMatchObject({ stepIndex: 1, stepRemainingMs: 60_000 });
    s = previous(s, at(20));
    expect(viewAt(s, at(25))).toMatchObject({ stepIndex: 0, stepRemainingMs: 55_000 });
    s = previous(s, at(30));
    expect(viewAt(s, at(30)).stepIndex).toBe(0);
  });

  it('keeps a paused session paused when moving between steps', () => {
    let s = started([step(60), step(60)]);
    s = pause(s, at(10));
    s = next(s, at(20));
    expect(s.status).toBe('paused');
    expect(viewAt(s, at(500)).stepRemainingMs).toBe(60_000);
  });

  it('finishes when "next" is pressed on the last step', () => {
    let s = started([step(60)]);
    s = next(s, at(10));
    expect(s.status).toBe('finished');
  });

  it('stops for safety and ignores controls afterwards', () => {
    let s = started([step(60), step(60)]);
    s = stop(s, at(10), 'sharp-pain');
    expect(s).toMatchObject({ status: 'stopped', stopReason: 'sharp-pain', endedAt: at(10) });
    expect(next(s, at(11))).toBe(s);
    expect(resume(s, at(11))).toBe(s);
  });
});

describe('cues', () => {
  it('come in timeline order, each once, for a step with sides and a check-in', () => {
    const s = started([step(60, { side: 'each', checkIn: true }), step(90)]);
    const { cues } = tickThrough(s, 0, 160);
    expect(cues.map((c) => `${c.stepIndex}:${c.kind}`)).toEqual([
      '0:step-start',
      '0:check-in',
      '0:switch-sides',
      '0:ten-seconds',
      '1:step-start',
      '1:halfway',
      '1:ten-seconds',
      '1:finished',
    ]);
    expect(cues.find((c) => c.kind === 'switch-sides')?.at).toBe(at(30));
  });

  it('are not repeated when advanced twice at the same moment', () => {
    const s = started([step(60)]);
    const first = advance(s, at(31));
    const again = advance(first.state, at(31));
    expect(first.cues.map((c) => c.kind)).toEqual(['step-start', 'halfway']);
    expect(again.cues).toEqual([]);
  });

  it('after a hidden gap, come all at once with their due times, so the caller can keep only the last', () => {
    const s = advance(started([step(60), step(60), step(60)]), at(1)).state;
    const { cues, state } = advance(s, at(125));
    expect(state.stepIndex).toBe(2);
    expect(cues.at(-1)).toMatchObject({ kind: 'step-start', stepIndex: 2, at: at(120) });
    expect(advance(state, at(126)).cues).toEqual([]);
  });

  it('give "ten seconds left" again after 30 seconds are added, but not "halfway"', () => {
    const before = tickThrough(started([step(60)]), 0, 52);
    expect(before.cues.map((c) => c.kind)).toContain('ten-seconds');
    const s = addTime(before.state, at(52));
    const after = tickThrough(s, 52.25, 85);
    expect(after.cues.map((c) => c.kind)).toEqual(['ten-seconds']);
    expect(after.cues[0]?.at).toBe(at(80));
  });

  it('do not fire while paused, and fall after the get-ready count on resume', () => {
    let s = advance(started([step(60)]), at(0)).state;
    s = pause(s, at(20));
    expect(advance(s, at(100)).cues).toEqual([]);
    s = resume(s, at(100));
    const { cues } = tickThrough(s, 100, 115);
    // Halfway was due 30 s into the step: 10 s after resuming, plus the 3 s count.
    expect(cues).toEqual([{ kind: 'halfway', stepIndex: 0, at: at(113) }]);
  });

  it('start the new step when "next" is pressed', () => {
    let s = advance(started([step(60), step(60, { checkIn: true })]), at(0)).state;
    s = next(s, at(5));
    expect(advance(s, at(5)).cues.map((c) => `${c.stepIndex}:${c.kind}`)).toEqual(['1:step-start']);
  });
});
