import { memo } from 'react';
import { Icon } from '../../../components/Icon';
import { unlockAudio } from '../../../devices/speech';
import { useSessionActions } from '../SessionStoreContext';

/**
 * Previous, Pause/Resume and Next: big targets at the bottom, reachable with an oily thumb. Each keeps
 * its place in every state, so a second tap on the same spot presses the same control. Memoised: it
 * changes only on pause and resume, not with the countdown.
 */
export const PlayerControls = memo(function PlayerControls({ paused }: { paused: boolean }) {
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
        <Icon name="previous" /> <span className="control-label">Previous step</span>
      </button>
      {paused ? (
        <button type="button" className="button control primary" onClick={resume} aria-keyshortcuts="Space">
          <Icon name="play" size={28} /> <span className="control-label">Resume</span>
        </button>
      ) : (
        <button
          type="button"
          className="button control primary"
          onClick={actions.pause}
          aria-keyshortcuts="Space"
        >
          <Icon name="pause" size={28} /> <span className="control-label">Pause</span>
        </button>
      )}
      <button
        type="button"
        className="button control"
        onClick={actions.nextStep}
        aria-keyshortcuts="ArrowRight"
      >
        <span className="control-label">Next step</span> <Icon name="next" />
      </button>
    </nav>
  );
});
