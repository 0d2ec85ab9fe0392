/**
 * The parts of the player that change every second: the step's countdown, the session's time left and
 * the progress bar. Each writes its own text or width straight into its element when the store's clock
 * moves and what it shows has changed (zustand's "transient updates"), so a second that passes costs no
 * React render at all. The rest of the player re-renders only when the step, its side or the status
 * changes; the get-ready count, which runs three seconds after a resume, stays a plain reading.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { sessionLeftMs } from '../../../engine/dailyCap';
import { viewAt } from '../../../engine/session';
import { formatClock, type Timestamp } from '../../../lib/units';
import type { StoredSessionRecord } from '../store';
import { useSessionReading, useSessionStoreApi } from '../SessionStoreContext';

type Read = (record: StoredSessionRecord, now: Timestamp) => string;

/** Keeps `write` fed with what `read` gives at every change of the store, only when that changes. */
function useLive<E extends HTMLElement>(
  read: Read,
  write: (el: E, value: string) => void,
): RefObject<E | null> {
  const el = useRef<E>(null);
  const store = useSessionStoreApi();
  // A layout effect: the first value is in place before the browser paints.
  useLayoutEffect(() => {
    let shown: string | undefined;
    const update = ({ record, now }: { record: StoredSessionRecord | null; now: Timestamp }) => {
      const value = record ? read(record, now) : '';
      if (value === shown || !el.current) return;
      shown = value;
      write(el.current, value);
    };
    update(store.getState());
    return store.subscribe(update);
  }, [store, read, write]);
  return el;
}

/** Changes the text node's characters in place: swapping the node would make the browser lay it out anew. */
const writeText = (el: HTMLElement, text: string) => {
  const node = el.firstChild;
  if (node instanceof Text) node.data = text;
  else el.textContent = text;
};

const stepLeft: Read = (r, now) => formatClock(viewAt(r.engine, now).stepRemainingMs);
/** Today's cap cuts a self-massage short: only time that will run is shown. */
const sessionLeft: Read = (r, now) => formatClock(sessionLeftMs(r.engine, r.capMs, now));

export function Countdown({ paused }: { paused: boolean }) {
  const el = useLive<HTMLDivElement>(stepLeft, writeText);
  return (
    <div
      ref={el}
      role="timer"
      aria-label="Step time left"
      className={`countdown${paused ? ' is-paused' : ''}`}
    />
  );
}

export function SessionLeft() {
  const el = useLive<HTMLSpanElement>(sessionLeft, writeText);
  return <span ref={el} className="player-left-time" />;
}

/** How far through the step, to a thousandth: the bar is never wider than a thousand pixels. */
const stepDone: Read = (r, now) => {
  const view = viewAt(r.engine, now);
  return (view.stepDurationMs > 0 ? view.stepElapsedMs / view.stepDurationMs : 0).toFixed(3);
};
const writeWidth = (el: HTMLElement, done: string) => {
  el.style.transform = `scaleX(${done})`;
};

/** The bar under the countdown; it moves on with the countdown, once a second. */
export function StepProgress() {
  const fill = useLive<HTMLDivElement>(stepDone, writeWidth);
  return (
    <div className="progress" aria-hidden="true">
      <div ref={fill} className="progress-fill" />
    </div>
  );
}

/** One line kept for "Get ready" and "Paused", so nothing below it moves when either shows. */
export function GetReady() {
  const line = useSessionReading((r, now) => {
    const view = viewAt(r.engine, now);
    if (view.getReadyMs > 0) return `Get ready… ${Math.ceil(view.getReadyMs / 1000)}`;
    return view.status === 'paused' ? 'Paused' : '';
  }, '');
  return (
    <p className="get-ready" aria-live="assertive">
      {line}
    </p>
  );
}
