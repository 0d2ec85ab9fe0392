import { ModalDialog } from '../../../components/ModalDialog';
import type { StoredSessionRecord } from '../../../storage/records/session';

interface Props {
  current: StoredSessionRecord;
  onEnd(): void;
  onKeep(): void;
}

/** A running or paused session is never replaced by surprise: ask first. The ended one is logged. */
export function ReplaceSessionDialog({ current, onEnd, onKeep }: Props) {
  const { engine, routine } = current;
  const state = engine.status === 'paused' ? 'paused' : 'still running';
  return (
    <ModalDialog
      titleId="replace-title"
      descriptionId="replace-desc"
      onEscape={onKeep}
      initialFocus={(node) => node.querySelector('h2')}
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
    </ModalDialog>
  );
}
