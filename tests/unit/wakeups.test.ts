/**
 * How often a running session wakes the page: once a second while the countdown is on screen, only
 * at the next cue while the screen is off, never between, and never late for a cue.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextChangeIn } from '../../src/engine/nextChange';
import {
  advance,
  createSession,
  pause,
  resume,
  start,
  viewAt,
  type PlanStep,
  type SessionState,
} from '../../src/engine/session';
import { createSessionStore } from '../../src/features/session/store';
import { strokeMoving, STROKE_DEMO_MS } from '../../src/features/session/strokeDemo';
import { startTicker, type Visibility } from '../../src/features/session/ticker';
import type { Clock } from '../../src/lib/clock';
import { ms, timestamp, type Timestamp } from '../../src/lib/units';
import { safeStorage } from '../../src/storage/safeStorage';
import { testRoutine } from './fixtures';

const T0 = timestamp(1_700_000_000_000);
const at = (msFromStart: number): Timestamp => timestamp(T0 + msFromStart);
const step = (seconds: number, extra: Partial<PlanStep> = {}): PlanStep => ({
  durationMs: ms(seconds * 1000),
  side: 'both',
  checkIn: false,
  ...extra,
});
const started = (steps: PlanStep[]): SessionState => start(createSession(steps, T0), T0);

describe('nextChangeIn', () => {
  const session = started([step(60), step(45, { side: 'each', checkIn: true })]);

  it('on screen: when the countdown next shows another second', () => {
    expect(nextChangeIn(session, null, at(0), true)).toBe(1000);
    expect(nextChangeIn(session, null, at(400), true)).toBe(600);
    expect(nextChangeIn(session, null, at(59_999), true)).toBe(1);
  });

  it('off screen: only when a cue falls due or the step ends', () => {
    // A 60 s step: halfway at 30 s, ten seconds left at 50 s, its end at 60 s.
    expect(nextChangeIn(session, null, at(0), false)).toBe(30_000);
    expect(nextChangeIn(session, null, at(30_000), false)).toBe(20_000);
    expect(nextChangeIn(session, null, at(50_000), false)).toBe(10_000);
  });

  it('holds through the get-ready count after a resume, then runs on', () => {
    const resumed = resume(pause(session, at(10_000)), at(20_000));
    expect(nextChangeIn(resumed, null, at(20_000), false)).toBe(3000);
    expect(nextChangeIn(resumed, null, at(20_500), true)).toBe(500);
  });

  it('wakes for the end of today’s cap, not only for cues', () => {
    expect(nextChangeIn(session, ms(12_000), at(0), false)).toBe(12_000);
    // On screen, the session's time left (cut short by the cap) turns its own seconds.
    expect(nextChangeIn(session, ms(12_500), at(0), true)).toBe(500);
  });

  it('asks for nothing when nothing runs', () => {
    expect(nextChangeIn(pause(session, at(5000)), null, at(6000), true)).toBeNull();
    expect(nextChangeIn(createSession([step(60)], T0), null, T0, true)).toBeNull();
  });

  it('for any routine and moment, no cue or step change falls before the wake, and one falls at it when off screen', () => {
    const planStep = fc.record({
      durationMs: fc.integer({ min: 5_000, max: 300_000 }).map(ms),
      side: fc.constantFrom('both' as const, 'each' as const, 'left' as const),
      checkIn: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(planStep, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.boolean(),
        (steps, offset, showing) => {
          const before = advance(started(steps), at(offset)).state;
          if (before.status !== 'running') return;
          const wait = nextChangeIn(before, null, at(offset), showing)!;
          expect(wait).toBeGreaterThan(0);
          const early = advance(before, at(offset + wait - 1));
          expect(early.cues).toEqual([]);
          expect(early.state.stepIndex).toBe(before.stepIndex);
          const onTime = advance(before, at(offset + wait));
          if (!showing) {
            expect(onTime.cues.length > 0 || onTime.state.status === 'finished').toBe(true);
          } else {
            const shown = (s: SessionState, t: number) => Math.ceil(viewAt(s, at(t)).stepRemainingMs / 1000);
            const changed =
              onTime.cues.length > 0 ||
              onTime.state.stepIndex !== before.stepIndex ||
              shown(before, offset + wait) !== shown(before, offset + wait - 1);
            expect(changed).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the ticker', () => {
  let shown = true;
  const listeners = new Set<() => void>();
  const page: Visibility = {
    visible: () => shown,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const setShown = (value: boolean) => {
    shown = value;
    listeners.forEach((l) => l());
  };
  const clock: Clock = { now: () => Date.now() as Timestamp };

  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    shown = true;
  });
  afterEach(() => vi.useRealTimers());

  function running() {
    const writes: string[] = [];
    const backing = {
      getItem: () => null,
      setItem: (key: string) => void writes.push(key),
      removeItem: () => {},
    } as unknown as Storage;
    const store = createSessionStore({ clock, storage: safeStorage(() => backing) });
    const heard: string[] = [];
    store.onCues((cues) => heard.push(...cues.map((c) => `${(Date.now() - T0) / 1000}s ${c.kind}`)));
    let wakes = 0;
    store.subscribe(() => wakes++);
    const stop = startTicker(store, page);
    store.getState().actions.startSession(testRoutine);
    const counted = () => {
      const n = wakes;
      wakes = 0;
      return n;
    };
    counted();
    writes.length = 0;
    return { store, heard, counted, writes, stop };
  }

  it('on screen, wakes once a second and gives each cue on its second', () => {
    const { heard, counted, stop } = running();
    vi.advanceTimersByTime(10_000);
    expect(counted()).toBe(10);
    vi.advanceTimersByTime(50_000);
    expect(heard).toEqual(['0s step-start', '30s halfway', '50s ten-seconds', '60s step-start']);
    stop();
  });

  it('with the screen off, sleeps from one cue to the next and is not late for any', () => {
    const { heard, counted, stop } = running();
    setShown(false);
    counted();
    vi.advanceTimersByTime(29_999);
    expect(counted()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(counted()).toBe(1);
    vi.advanceTimersByTime(30_000);
    expect(heard).toEqual(['0s step-start', '30s halfway', '50s ten-seconds', '60s step-start']);
    // Woken, the screen is brought up to date at once.
    vi.advanceTimersByTime(2_500);
    counted();
    setShown(true);
    expect(counted()).toBe(1);
    stop();
  });

  it('a second that passes writes nothing to storage; a cue or a step does', () => {
    const { writes, stop } = running();
    vi.advanceTimersByTime(4_000);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(26_000);
    expect(writes.length).toBeGreaterThan(0);
    stop();
  });

  it('stops waking once paused', () => {
    const { store, counted, stop } = running();
    store.getState().actions.pause();
    counted();
    vi.advanceTimersByTime(60_000);
    expect(counted()).toBe(0);
    stop();
  });
});

describe('the stroke shows itself', () => {
  const session = started([step(60), step(90, { side: 'each' })]);

  it('for the first seconds of a step, then the picture rests', () => {
    expect(strokeMoving(session, at(0))).toBe(true);
    expect(strokeMoving(session, at(STROKE_DEMO_MS - 1))).toBe(true);
    expect(strokeMoving(session, at(STROKE_DEMO_MS))).toBe(false);
    expect(strokeMoving(session, at(59_000))).toBe(false);
    // The next step starts: it shows again.
    expect(strokeMoving(session, at(60_000))).toBe(true);
  });

  it('again on the second side of a one-side-then-the-other step', () => {
    expect(strokeMoving(session, at(60_000 + 44_000))).toBe(false);
    expect(strokeMoving(session, at(60_000 + 45_000))).toBe(true);
    expect(strokeMoving(session, at(60_000 + 45_000 + STROKE_DEMO_MS))).toBe(false);
  });

  it('again after a resume, and never while paused', () => {
    const paused = pause(session, at(40_000));
    expect(strokeMoving(paused, at(41_000))).toBe(false);
    const resumed = resume(paused, at(50_000));
    expect(strokeMoving(resumed, at(51_000))).toBe(true);
    expect(strokeMoving(resumed, at(53_000 + STROKE_DEMO_MS))).toBe(false);
  });
});
