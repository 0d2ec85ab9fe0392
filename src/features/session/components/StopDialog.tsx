import { ModalDialog } from '../../../components/ModalDialog';
import { unlockAudio } from '../../../devices/speech';
import { useSessionActions } from '../SessionStoreContext';
import type { Discomfort } from '../store';

const choices: { kind: Discomfort; label: string; tone: 'danger' | 'calm' }[] = [
  { kind: 'sharp-pain', label: 'Sharp or increasing pain', tone: 'danger' },
  { kind: 'spreading-pain', label: 'Pain spreading, e.g. into the legs', tone: 'danger' },
  { kind: 'numbness', label: 'Numbness or tingling', tone: 'danger' },
  { kind: 'too-much-pressure', label: 'Too much pressure', tone: 'calm' },
  { kind: 'want-to-stop', label: 'I just want to stop', tone: 'calm' },
];

/** Opened by Stop, with the session already paused. Escape closes it and leaves the session paused. */
export function StopDialog() {
  const { reportDiscomfort, cancelStop, dismissStop } = useSessionActions();
  // Escape closes it (the player's own Escape must not reopen it). Focus starts on the question, not on
  // an answer: a stray Space must not choose "Sharp or increasing pain".

  return (
    <ModalDialog
      titleId="stop-title"
      descriptionId="stop-desc"
      onEscape={dismissStop}
      initialFocus={(node) => node.querySelector('h2')}
    >
      <h2 id="stop-title" tabIndex={-1}>
        What happened?
      </h2>
      <p id="stop-desc">The session is paused. Choose what fits best.</p>
      <div className="dialog-choices">
        {choices.map((choice) => (
          <button
            key={choice.kind}
            type="button"
            className={`button choice choice-${choice.tone}`}
            onClick={() => {
              if (choice.kind === 'too-much-pressure') unlockAudio();
              reportDiscomfort(choice.kind);
            }}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button ghost"
        onClick={() => {
          unlockAudio();
          cancelStop();
        }}
      >
        Keep going
      </button>
    </ModalDialog>
  );
}
