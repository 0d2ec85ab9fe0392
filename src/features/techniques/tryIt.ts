/**
 * The "Try it" mini-timer on a technique page, as plain data: it stores when it started and how much
 * time was banked before a pause, and derives what is left from (timer, now). A phone that slept shows
 * the right time the moment it wakes.
 */
import { elapsedBetween, later, type Ms, type Timestamp } from '../../lib/units';

export type MiniTimer =
  | { status: 'ready'; duration: Ms }
  | { status: 'running'; duration: Ms; startedAt: Timestamp; banked: Ms }
  | { status: 'paused'; duration: Ms; banked: Ms };

export const readyTimer = (duration: Ms): MiniTimer => ({ status: 'ready', duration });

export function startTimer(timer: MiniTimer, now: Timestamp): MiniTimer {
  if (timer.status === 'running') return timer;
  const banked = timer.status === 'paused' ? timer.banked : (0 as Ms);
  return { status: 'running', duration: timer.duration, startedAt: now, banked };
}

export function pauseTimer(timer: MiniTimer, now: Timestamp): MiniTimer {
  if (timer.status !== 'running') return timer;
  return { status: 'paused', duration: timer.duration, banked: elapsed(timer, now) };
}

export const resetTimer = (timer: MiniTimer): MiniTimer => readyTimer(timer.duration);

export function elapsed(timer: MiniTimer, now: Timestamp): Ms {
  const ran =
    timer.status === 'running'
      ? timer.banked + Math.max(0, elapsedBetween(timer.startedAt, now))
      : timer.status === 'paused'
        ? timer.banked
        : 0;
  return Math.min(ran, timer.duration) as Ms;
}

export const remaining = (timer: MiniTimer, now: Timestamp) => (timer.duration - elapsed(timer, now)) as Ms;

export const isFinished = (timer: MiniTimer, now: Timestamp) =>
  timer.status !== 'ready' && remaining(timer, now) <= 0;

/** When a running timer reaches zero; `null` when it is not running. */
export const endsAt = (timer: MiniTimer): Timestamp | null =>
  timer.status === 'running' ? later(timer.startedAt, (timer.duration - timer.banked) as Ms) : null;
