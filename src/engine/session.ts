/**
 * The session engine: a pure state machine over timestamps. It stores when things happened and derives
 * the current step, time left and due cues from (state, now). Nothing here reads a clock, so a page that
 * was hidden for minutes computes the right step the moment it asks, and tests replay any timeline.
 */
import { elapsedBetween, later, ms, type Ms, type Timestamp } from '../lib/units';
import type { SIDES } from '../lib/vocabulary';
import { cuePoints, type Cue, type CueKind } from './cues';

export type Side = (typeof SIDES)[number];

/** What the engine needs to know of a step: how long it lasts, and what shapes its cues. */
export interface PlanStep {
  durationMs: Ms;
  side: Side;
  checkIn: boolean;
}

export const SESSION_STATUSES = ['ready', 'running', 'paused', 'finished', 'stopped'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Why a session stopped early: the person chose to, a stop sign, or today's self-massage cap. */
export const STOP_REASONS = ['user', 'sharp-pain', 'spreading-pain', 'numbness', 'daily-cap'] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** Stopped for a stop sign (pain, spreading pain, numbness): seek care before massaging again. */
export const isSafetyStop = (
  reason: StopReason | null,
): reason is 'sharp-pain' | 'spreading-pain' | 'numbness' =>
  reason === 'sharp-pain' || reason === 'spreading-pain' || reason === 'numbness';

export interface SessionState {
  status: SessionStatus;
  steps: PlanStep[];
  stepIndex: number;
  /** When the current step began, moved later by every pause so that elapsed = now − stepStartedAt. */
  stepStartedAt: Timestamp;
  /** Time added to the current step with "Add 30 seconds". */
  stepExtraMs: Ms;
  pausedAt: Timestamp | null;
  /** After a resume the clock holds still for a short get-ready count, until this moment. */
  getReadyUntil: Timestamp | null;
  startedAt: Timestamp | null;
  endedAt: Timestamp | null;
  stopReason: StopReason | null;
  /** Cues already given for the current step, so each is given once. */
  firedCues: CueKind[];
  /** Levels lighter than written, after "too much pressure" (or a flare-up): 0, 1 or 2. */
  easedBy: number;
  /**
   * Levels the receiver moved this step's pressure (−2 lighter … +2 firmer), for this step only: a new
   * step starts as written. What it may reach is the receiver's rules (features/session/receiver.ts).
   */
  stepNudge: number;
  /** Time worked in the steps already left behind (for the self-massage daily cap). */
  workedMs: Ms;
}

export const GET_READY_MS = ms(3000);
export const ADD_TIME_MS = ms(30_000);

export function createSession(steps: PlanStep[], now: Timestamp): SessionState {
  if (steps.length === 0) throw new Error('A session needs at least one step');
  return {
    status: 'ready',
    steps,
    stepIndex: 0,
    stepStartedAt: now,
    stepExtraMs: ms(0),
    pausedAt: null,
    getReadyUntil: null,
    startedAt: null,
    endedAt: null,
    stopReason: null,
    firedCues: [],
    easedBy: 0,
    stepNudge: 0,
    workedMs: ms(0),
  };
}

export function stepLength(state: SessionState, index: number, extra: Ms): Ms {
  return ms((state.steps[index]?.durationMs ?? 0) + extra);
}

/** The moment the step clock reads: frozen while paused, held during the get-ready count. */
function clockReading(state: SessionState, now: Timestamp): Timestamp {
  if (state.status === 'paused' && state.pausedAt !== null) return state.pausedAt;
  if (state.getReadyUntil !== null && now < state.getReadyUntil) return state.getReadyUntil;
  return now;
}

interface Position {
  stepIndex: number;
  stepStartedAt: Timestamp;
  stepExtraMs: Ms;
  /** Set when the last step ran out: the moment it did. */
  finishedAt: Timestamp | null;
}

/** Walks the timeline forward from the stored step to where `now` falls: auto-advance, derived. */
function locate(state: SessionState, now: Timestamp): Position {
  let { stepIndex, stepStartedAt, stepExtraMs } = state;
  if (state.status !== 'running') return { stepIndex, stepStartedAt, stepExtraMs, finishedAt: null };
  const t = clockReading(state, now);
  for (;;) {
    const end = later(stepStartedAt, stepLength(state, stepIndex, stepExtraMs));
    if (t < end) return { stepIndex, stepStartedAt, stepExtraMs, finishedAt: null };
    if (stepIndex === state.steps.length - 1)
      return { stepIndex, stepStartedAt, stepExtraMs, finishedAt: end };
    stepIndex += 1;
    stepStartedAt = end;
    stepExtraMs = ms(0);
  }
}

export interface SessionView {
  status: SessionStatus;
  stepIndex: number;
  stepCount: number;
  stepDurationMs: Ms;
  stepElapsedMs: Ms;
  stepRemainingMs: Ms;
  sessionRemainingMs: Ms;
  /** For a step worked one side at a time: which half we are in. */
  sideHalf: 'first' | 'second' | null;
  /** Milliseconds left of the get-ready count after a resume; 0 when none runs. */
  getReadyMs: Ms;
}

export function viewAt(state: SessionState, now: Timestamp): SessionView {
  const pos = locate(state, now);
  const finished = state.status === 'finished' || pos.finishedAt !== null;
  const status = pos.finishedAt !== null ? 'finished' : state.status;
  const duration = stepLength(state, pos.stepIndex, pos.stepExtraMs);
  const raw = state.status === 'ready' ? 0 : elapsedBetween(pos.stepStartedAt, clockReading(state, now));
  const elapsed = ms(finished ? duration : Math.min(Math.max(raw, 0), duration));
  const remaining = ms(duration - elapsed);
  const after = state.steps.slice(pos.stepIndex + 1).reduce((sum, s) => sum + s.durationMs, 0);
  const step = state.steps[pos.stepIndex];
  const getReady =
    state.status === 'running' && state.getReadyUntil !== null ? Math.max(0, state.getReadyUntil - now) : 0;
  return {
    status,
    stepIndex: pos.stepIndex,
    stepCount: state.steps.length,
    stepDurationMs: duration,
    stepElapsedMs: elapsed,
    stepRemainingMs: remaining,
    sessionRemainingMs: ms(finished ? 0 : remaining + after),
    sideHalf: step?.side === 'each' ? (elapsed < duration / 2 ? 'first' : 'second') : null,
    getReadyMs: ms(getReady),
  };
}

export interface Advanced {
  state: SessionState;
  /** Cues that came due since the last advance, oldest first, each given once. */
  cues: Cue[];
}

/**
 * Brings the stored state up to `now`: moves past finished steps and collects the cues that came due.
 * The caller decides what to do with a backlog (after a long hidden gap, only the newest is spoken).
 */
export function advance(state: SessionState, now: Timestamp): Advanced {
  if (state.status !== 'running') return { state, cues: [] };
  const pos = locate(state, now);
  const t = clockReading(state, now);
  const cues: Cue[] = [];
  let index = state.stepIndex;
  let start = state.stepStartedAt;
  let extra = state.stepExtraMs;
  let fired = state.firedCues;
  for (;;) {
    const length = stepLength(state, index, extra);
    const step = state.steps[index];
    if (step) {
      for (const point of cuePoints(step, length)) {
        const at = later(start, point.offsetMs);
        if (at <= t && !fired.includes(point.kind)) cues.push({ kind: point.kind, stepIndex: index, at });
      }
    }
    if (index === pos.stepIndex) break;
    start = later(start, length);
    index += 1;
    extra = ms(0);
    fired = [];
  }
  const firedNow = [...fired, ...cues.filter((c) => c.stepIndex === pos.stepIndex).map((c) => c.kind)];
  if (pos.finishedAt !== null) {
    cues.push({ kind: 'finished', stepIndex: pos.stepIndex, at: pos.finishedAt });
    return {
      state: { ...settle(state, pos), status: 'finished', endedAt: pos.finishedAt, firedCues: firedNow },
      cues,
    };
  }
  const changed = cues.length > 0 || pos.stepIndex !== state.stepIndex;
  return { state: changed ? { ...settle(state, pos), firedCues: firedNow } : state, cues };
}

function settle(state: SessionState, pos: Position): SessionState {
  if (pos.stepIndex === state.stepIndex) return state;
  return {
    ...state,
    stepIndex: pos.stepIndex,
    stepStartedAt: pos.stepStartedAt,
    stepExtraMs: pos.stepExtraMs,
    stepNudge: 0,
    // Steps that ran out on their own were worked in full: from the old step's start to the new one's.
    workedMs: ms(state.workedMs + elapsedBetween(state.stepStartedAt, pos.stepStartedAt)),
  };
}

/** Normalises a running session to `now` without reporting cues, before a user action changes it. */
function current(state: SessionState, now: Timestamp): SessionState {
  return advance(state, now).state;
}

const isLive = (s: SessionState) => s.status === 'running' || s.status === 'paused';

export function start(state: SessionState, now: Timestamp): SessionState {
  if (state.status !== 'ready') return state;
  return { ...state, status: 'running', startedAt: now, stepStartedAt: now, firedCues: [] };
}

export function pause(state: SessionState, now: Timestamp): SessionState {
  const s = current(state, now);
  if (s.status !== 'running') return s;
  // A pause during the get-ready count keeps the step clock where it was before the count.
  const at = s.getReadyUntil !== null && now < s.getReadyUntil ? s.getReadyUntil : now;
  return { ...s, status: 'paused', pausedAt: at, getReadyUntil: null };
}

export function resume(state: SessionState, now: Timestamp): SessionState {
  if (state.status !== 'paused' || state.pausedAt === null) return state;
  const heldFor = elapsedBetween(state.pausedAt, now);
  return {
    ...state,
    status: 'running',
    pausedAt: null,
    stepStartedAt: later(state.stepStartedAt, ms(heldFor + GET_READY_MS)),
    getReadyUntil: later(now, GET_READY_MS),
  };
}

/** Moves to step `index` with a fresh clock; past the last step the session finishes. */
function goTo(state: SessionState, index: number, now: Timestamp): SessionState {
  const workedMs = ms(state.workedMs + viewAt(state, now).stepElapsedMs);
  if (index >= state.steps.length) {
    return { ...state, status: 'finished', endedAt: now, pausedAt: null, getReadyUntil: null, workedMs };
  }
  const paused = state.status === 'paused';
  return {
    ...state,
    workedMs,
    stepIndex: Math.max(0, index),
    stepStartedAt: now,
    stepExtraMs: ms(0),
    stepNudge: 0,
    pausedAt: paused ? now : null,
    getReadyUntil: null,
    firedCues: [],
  };
}

export function next(state: SessionState, now: Timestamp): SessionState {
  const s = current(state, now);
  return isLive(s) ? goTo(s, s.stepIndex + 1, now) : s;
}

export function previous(state: SessionState, now: Timestamp): SessionState {
  const s = current(state, now);
  return isLive(s) ? goTo(s, s.stepIndex - 1, now) : s;
}

export function addTime(state: SessionState, now: Timestamp, extra: Ms = ADD_TIME_MS): SessionState {
  const s = current(state, now);
  if (!isLive(s)) return s;
  // The "ten seconds left" warning is due again at the new end.
  return {
    ...s,
    stepExtraMs: ms(s.stepExtraMs + extra),
    firedCues: s.firedCues.filter((k) => k !== 'ten-seconds'),
  };
}

export function stop(state: SessionState, now: Timestamp, reason: StopReason): SessionState {
  const s = current(state, now);
  if (s.status === 'finished' || s.status === 'stopped') return s;
  return { ...s, status: 'stopped', stopReason: reason, endedAt: now, pausedAt: null, getReadyUntil: null };
}

/** Firm → medium → light: no step can go lighter than two levels below what is written. */
export const MAX_EASED_BY = 2;

/** "Too much pressure": carry on one level lighter than before. */
export function easePressure(state: SessionState): SessionState {
  return { ...state, easedBy: Math.min(MAX_EASED_BY, state.easedBy + 1) };
}

/** The receiver moved this step's pressure: `nudge` levels from the step's pressure (see receiver.ts). */
export function nudgeStep(state: SessionState, now: Timestamp, nudge: number): SessionState {
  const s = current(state, now);
  return isLive(s) ? { ...s, stepNudge: Math.max(-2, Math.min(2, Math.round(nudge))) } : s;
}

/** Time actually worked in a session that has ended: the steps left behind, and the part of the last. */
export function timeWorked(state: SessionState): Ms {
  const at = state.endedAt ?? state.pausedAt ?? state.stepStartedAt;
  return ms(state.workedMs + viewAt(state, at).stepElapsedMs);
}

/** Time worked by `now`, whether the session still runs or has already ended. */
export const timeWorkedBy = (state: SessionState, now: Timestamp): Ms => timeWorked(stop(state, now, 'user'));
