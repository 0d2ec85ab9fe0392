import { Icon } from '../../../components/Icon';
import { unlockAudio } from '../../../devices/speech';
import { useSessionActions } from '../SessionStoreContext';

/** Previous, Pause/Resume and Next: big targets at the bottom, reachable with an oily thumb. */
export function PlayerControls({ paused }: { paused: boolean }) {
  const actions = useSessionActions();
  const resume = () => {
    unlockAudio();
    actions.resume();
  };
  return (
    <nav className="controls" aria-label="Session controls">
      <button
        type="button"
        className="button control"
        onClick={actions.previousStep}
        aria-keyshortcuts="ArrowLeft"
      >
        <Icon name="previous" /> Previous step
      </button>
      {paused ? (
        <button type="button" className="button control primary" onClick={resume} aria-keyshortcuts="Space">
          <Icon name="play" size={28} /> Resume
        </button>
      ) : (
        <button
          type="button"
          className="button control primary"
          onClick={actions.pause}
          aria-keyshortcuts="Space"
        >
          <Icon name="pause" size={28} /> Pause
        </button>
      )}
      <button
        type="button"
        className="button control"
        onClick={actions.nextStep}
        aria-keyshortcuts="ArrowRight"
      >
        Next step <Icon name="next" />
      </button>
    </nav>
  );
}
