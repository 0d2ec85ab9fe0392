/**
 * When a running session next needs looking at, so the page wakes only then rather than on a fixed
 * beat: a cue falls due, the step ends, the get-ready count or today's cap runs out, and, for a
 * screen that shows the countdown, the countdown's whole second turns. Pure: `now` comes in.
 */
import { capLeftMs } from './dailyCap';
import { cuePoints } from './cues';
import { viewAt, type SessionState } from './session';
import { ms, type Ms, type Timestamp } from '../lib/units';

/** Until a countdown of `left` ms next shows a different whole second (it shows them rounded up). */
const toNextSecond = (left: number) => left % 1000 || 1000;

/**
 * Milliseconds until something changes by itself; null when nothing will (not running). `showing`:
 * whether anyone sees the countdown (a visible page) or only hears the cues (a locked phone).
 */
export function nextChangeIn(
  state: SessionState,
  capMs: Ms | null,
  now: Timestamp,
  showing: boolean,
): Ms | null {
  if (state.status !== 'running') return null;
  const view = viewAt(state, now);
  if (view.status !== 'running') return ms(0);
  const due: number[] = [];
  if (view.getReadyMs > 0) {
    // The step clock holds still through the count; only the count itself moves.
    due.push(showing ? Math.min(toNextSecond(view.getReadyMs), view.getReadyMs) : view.getReadyMs);
  } else {
    const step = state.steps[view.stepIndex];
    const elapsed = view.stepElapsedMs;
    if (step) {
      for (const point of cuePoints(step, view.stepDurationMs)) {
        if (point.offsetMs > elapsed) due.push(point.offsetMs - elapsed);
      }
    }
    due.push(view.stepRemainingMs);
    if (showing) due.push(toNextSecond(view.stepRemainingMs));
  }
  const cap = capLeftMs(state, capMs, now);
  if (cap !== null) due.push(showing ? Math.min(toNextSecond(cap), cap) : cap);
  return ms(Math.max(0, Math.min(...due)));
}
