/**
 * Vibration patterns per cue, for a phone lying on the bed: felt, not looked at. Where the browser has
 * no navigator.vibrate (iOS Safari, most desktops) it does nothing.
 */
import type { CueKind } from '../engine/cues';

export interface Vibration {
  vibrate(kind: CueKind): void;
  supported(): boolean;
}

/** Milliseconds on, off, on… Each cue has a rhythm of its own. */
export const VIBRATION_PATTERNS: Record<CueKind, readonly number[]> = {
  'step-start': [250],
  'check-in': [80, 80, 80],
  halfway: [60],
  'switch-sides': [120, 100, 120],
  'ten-seconds': [40, 60, 40],
  finished: [300, 150, 300, 150, 300],
};

type Vibrate = (pattern: number | number[]) => boolean;

function vibrateFn(): Vibrate | null {
  if (typeof navigator === 'undefined') return null;
  const fn = (navigator as { vibrate?: Vibrate }).vibrate;
  return typeof fn === 'function' ? fn.bind(navigator) : null;
}

export function createBrowserVibration(): Vibration {
  return {
    supported: () => vibrateFn() !== null,
    vibrate(kind) {
      try {
        vibrateFn()?.([...VIBRATION_PATTERNS[kind]]);
      } catch {
        // Refused (no user gesture yet, or a policy): the voice and chimes still carry the cue.
      }
    },
  };
}

export const vibration: Vibration = createBrowserVibration();

export const vibrationSupported = () => vibrateFn() !== null;
