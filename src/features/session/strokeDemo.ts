/**
 * When the player's picture moves. The hands show the stroke for the first seconds of each step, of
 * each side, and after every resume: when the giver looks to see what to do. Then the picture rests on
 * the whole stroke drawn still, arrows and all. A moving picture makes the browser draw frames, and each
 * frame costs the main thread a little even when the compositor does the moving; a session of 20
 * minutes spent mostly at rest costs the phone's battery close to nothing beyond the countdown.
 */
import { viewAt, type SessionState } from '../../engine/session';
import { elapsedBetween, type Timestamp } from '../../lib/units';

export const STROKE_DEMO_MS = 15_000;

export function strokeMoving(state: SessionState, now: Timestamp): boolean {
  const view = viewAt(state, now);
  if (view.status !== 'running') return false;
  const half = view.stepDurationMs / 2;
  const intoSide = view.sideHalf === 'second' ? view.stepElapsedMs - half : view.stepElapsedMs;
  if (intoSide < STROKE_DEMO_MS) return true;
  return state.getReadyUntil !== null && elapsedBetween(state.getReadyUntil, now) < STROKE_DEMO_MS;
}
