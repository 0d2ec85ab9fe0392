import { useRef } from 'react';
import { useModalDialog } from '../../../components/useModalDialog';
import type { StoredSessionRecord } from '../../../storage/records/session';

interface Props {
  current: StoredSessionRecord;
  onEnd(): void;
  onKeep(): void;
}

/** A running or paused session is never replaced by surprise: ask first. The ended one is logged. */
export function ReplaceSessionDialog({ current, onEnd, onKeep }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useModalDialog(dialog, onKeep, (node) => node.querySelector('h2'));
  const { engine, routine } = current;
  const state = engine.status === 'paused' ? 'paused' : 'still running';
  return (
    <div className="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="replace-title"
        aria-describedby="replace-desc"
        className="dialog"
        ref={dialog}
      >
        <h2 id="replace-title" tabIndex={-1}>
          End the current session?
        </h2>
        <p id="replace-desc">
          {routine.title} is {state}, at step {engine.stepIndex + 1} of {engine.steps.length}. Ending it keeps
          what was done in your history.
        </p>
        <button type="button" className="button primary" onClick={onEnd}>
          End it and start this one
        </button>
        <button type="button" className="button ghost" onClick={onKeep}>
          Go back to it
        </button>
      </div>
    </div>
  );
}
