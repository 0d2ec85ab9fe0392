import { useEffect, useState } from 'react';
import { systemClock, type Clock } from '../../lib/clock';
import { formatClock, type Ms, type Timestamp } from '../../lib/units';
import { endsAt, isFinished, pauseTimer, readyTimer, remaining, resetTimer, startTimer } from './tryIt';

/**
 * The clock reading to draw with: re-read four times a second until `until`, then left alone. This is
 * the page's only interval; the time shown is always derived from timestamps, never from counted ticks.
 */
function useNow(until: Timestamp | null, clock: Clock) {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (until === null) return;
    const tick = () => {
      const t = clock.now();
      setNow(t);
      if (t >= until) stop();
    };
    const id = window.setInterval(tick, 250);
    // A phone that slept or a hidden tab shows the right time as soon as it is seen again.
    document.addEventListener('visibilitychange', tick);
    function stop() {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
    }
    return stop;
  }, [until, clock]);
  return now;
}

interface Props {
  duration: Ms;
  clock?: Clock;
}

/** A countdown for practising one round of a technique: Start, Pause or Resume, Reset. */
export function TryIt({ duration, clock = systemClock }: Props) {
  const [timer, setTimer] = useState(() => readyTimer(duration));
  const now = useNow(endsAt(timer), clock);
  const finished = isFinished(timer, now);
  const { status } = timer;

  return (
    <div className="try-it">
      <p
        role="timer"
        aria-label="Time left"
        className={`try-countdown${status === 'paused' ? ' is-paused' : ''}`}
      >
        {formatClock(remaining(timer, now))}
      </p>
      <p role="status" className="try-status">
        {finished ? 'Time’s up. Well done.' : status === 'paused' ? 'Paused' : ''}
      </p>
      <div className="button-row">
        {status === 'ready' && (
          <button
            type="button"
            className="button primary large"
            onClick={() => setTimer(startTimer(timer, clock.now()))}
          >
            Start
          </button>
        )}
        {status === 'running' && !finished && (
          <button
            type="button"
            className="button primary large"
            onClick={() => setTimer(pauseTimer(timer, clock.now()))}
          >
            Pause
          </button>
        )}
        {status === 'paused' && (
          <button
            type="button"
            className="button primary large"
            onClick={() => setTimer(startTimer(timer, clock.now()))}
          >
            Resume
          </button>
        )}
        {status !== 'ready' && (
          <button
            type="button"
            className={`button large${finished ? ' primary' : ''}`}
            onClick={() => setTimer(resetTimer(timer))}
          >
            Reset
          </button>
        )}
      </div>
    </div>
  );
}
