import type { Timestamp } from './units';

/** Where time comes from. The app uses the wall clock; tests pass a clock they move by hand. */
export interface Clock {
  now(): Timestamp;
}

export const systemClock: Clock = { now: () => Date.now() as Timestamp };

export interface ManualClock extends Clock {
  advance(byMs: number): void;
  set(to: number): void;
}

export function manualClock(start = 1_700_000_000_000): ManualClock {
  let current = start;
  return {
    now: () => current as Timestamp,
    advance: (byMs) => {
      current += byMs;
    },
    set: (to) => {
      current = to;
    },
  };
}
