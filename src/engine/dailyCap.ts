/**
 * Today's self-massage cap, as a running session sees it: the time that was left of the cap when the
 * session began, against the time worked so far. Pure: `now` comes in.
 */
import { ms, type Ms, type Timestamp } from '../lib/units';
import { ADD_TIME_MS, timeWorkedBy, viewAt, type SessionState } from './session';

/** What is left of today's cap at `now`; null when the session has no cap (a partner session). */
export function capLeftMs(state: SessionState, capMs: Ms | null, now: Timestamp): Ms | null {
  return capMs === null ? null : ms(Math.max(0, capMs - timeWorkedBy(state, now)));
}

export function reachedCap(state: SessionState, capMs: Ms | null, now: Timestamp): boolean {
  return state.status === 'running' && capMs !== null && timeWorkedBy(state, now) >= capMs;
}

/** The session's time left as it will really run: cut short where today's cap ends it. */
export function sessionLeftMs(state: SessionState, capMs: Ms | null, now: Timestamp): Ms {
  const left = viewAt(state, now).sessionRemainingMs;
  const cap = capLeftMs(state, capMs, now);
  return cap === null ? left : ms(Math.min(left, cap));
}

/** "Add 30 seconds" only while the added time would still be inside today's cap. */
export function canAddTime(state: SessionState, capMs: Ms | null, now: Timestamp): boolean {
  const cap = capLeftMs(state, capMs, now);
  return cap === null || viewAt(state, now).sessionRemainingMs + ADD_TIME_MS <= cap;
}
