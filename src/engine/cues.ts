/**
 * Where in a step the cues fall. They are points on the same timeline as the countdown, so a cue is
 * due exactly when the clock says so, however the page was throttled or hidden in between.
 */
import { ms, type Ms, type Timestamp } from '../lib/units';
import type { PlanStep } from './session';

export const CUE_KINDS = [
  'step-start',
  'check-in',
  'halfway',
  'switch-sides',
  'ten-seconds',
  'finished',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface Cue {
  kind: CueKind;
  stepIndex: number;
  /** When the cue fell due on the session timeline. */
  at: Timestamp;
}

export interface CuePoint {
  kind: CueKind;
  offsetMs: Ms;
}

/** Steps shorter than this get no "ten seconds left": the warning would crowd the start cue. */
const TEN_SECONDS_MIN_STEP = ms(30_000);
/** Steps shorter than this get no "halfway". */
const HALFWAY_MIN_STEP = ms(60_000);

export function cuePoints(step: PlanStep, length: Ms): CuePoint[] {
  const points: CuePoint[] = [{ kind: 'step-start', offsetMs: ms(0) }];
  if (step.checkIn) points.push({ kind: 'check-in', offsetMs: ms(Math.round(length / 3)) });
  if (step.side === 'each') points.push({ kind: 'switch-sides', offsetMs: ms(Math.round(length / 2)) });
  else if (length >= HALFWAY_MIN_STEP) points.push({ kind: 'halfway', offsetMs: ms(Math.round(length / 2)) });
  if (length >= TEN_SECONDS_MIN_STEP) points.push({ kind: 'ten-seconds', offsetMs: ms(length - 10_000) });
  return points.sort((a, b) => a.offsetMs - b.offsetMs);
}
