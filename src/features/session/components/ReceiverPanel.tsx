import { useEffect, useRef, useState } from 'react';
import type { Step } from '../../../content/schema';
import { pressureLabel } from '../../../lib/labels';
import { unlockAudio } from '../../../devices/speech';
import { useSessionActions, useSessionReading } from '../SessionStoreContext';
import { shownPressure, type ReceiverAsk } from '../receiver';

/** A second tap this soon after any tap is taken for a slip of the finger, not a new ask. */
export const REPEAT_GUARD_MS = 800;

interface Props {
  step: Step;
  paused: boolean;
  onGiverView(): void;
}

/**
 * The remote control for the person lying down: the phone by their turned head, their hands clean.
 * Five large targets far apart: Lighter, Just right, Firmer, Pause (or Resume) and Stop. The giver
 * hears each at once (receiverVoice.ts); on a check-in step the step's question is asked here.
 */
export function ReceiverPanel({ step, paused, onGiverView }: Props) {
  const actions = useSessionActions();
  const easedBy = useSessionReading((r) => r.engine.easedBy, 0);
  const nudge = useSessionReading((r) => r.engine.stepNudge, 0);
  const [told, setTold] = useState('');
  const lastTap = useRef(Number.NEGATIVE_INFINITY);
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel takes the player's place: focus goes to its heading, not back to the page's start.
  useEffect(() => heading.current?.focus(), []);
  const pressure = shownPressure(step.pressure, easedBy, nudge);

  const ask = (what: ReceiverAsk) => {
    const now = performance.now();
    if (now - lastTap.current < REPEAT_GUARD_MS) return;
    lastTap.current = now;
    if (what === 'resume') unlockAudio();
    setTold(actions.receiverAsks(what) ?? '');
  };

  return (
    <section className="receiver" aria-labelledby="receiver-heading" data-theme="dim">
      <div className="receiver-now">
        {/* The page's heading in this view: the step card, with its own, is not shown. */}
        <h1 id="receiver-heading" className="receiver-heading" tabIndex={-1} ref={heading}>
          {step.name}
        </h1>
        <p className="receiver-pressure">
          Pressure now: <strong>{pressureLabel[pressure]}</strong>
        </p>
        {step.checkIn && <p className="receiver-question">{step.checkIn}</p>}
      </div>
      <div className="receiver-asks" role="group" aria-label="Tell the giver">
        <button type="button" className="receiver-button" onClick={() => ask('lighter')}>
          Lighter
        </button>
        <button type="button" className="receiver-button is-right" onClick={() => ask('just-right')}>
          Just right
        </button>
        <button type="button" className="receiver-button" onClick={() => ask('firmer')}>
          Firmer
        </button>
      </div>
      <div className="receiver-session">
        {paused ? (
          <button type="button" className="receiver-button is-pause" onClick={() => ask('resume')}>
            Resume
          </button>
        ) : (
          <button type="button" className="receiver-button is-pause" onClick={() => ask('pause')}>
            Pause
          </button>
        )}
        <button type="button" className="receiver-button is-stop" onClick={() => ask('stop')}>
          Stop
        </button>
      </div>
      <p className="receiver-told" role="status">
        {told && `Told the giver: “${told}”`}
      </p>
      <button type="button" className="button small receiver-back" onClick={onGiverView}>
        Giver view
      </button>
    </section>
  );
}
