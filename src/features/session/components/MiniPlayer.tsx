import { Link, useLocation, useNavigate, useNavigation } from 'react-router';
import { unlockAudio } from '../../../devices/speech';
import { viewAt } from '../../../engine/session';
import { paths } from '../../../lib/paths';
import { formatClock } from '../../../lib/units';
import { useSessionActions, useSessionNow, useSessionRecord, useSessionStale } from '../SessionStoreContext';

/** The compact player itself: loaded only when a session is live on another screen. */
export default function MiniPlayer() {
  const record = useSessionRecord();
  const stale = useSessionStale();
  const now = useSessionNow();
  const actions = useSessionActions();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const live = record && (record.engine.status === 'running' || record.engine.status === 'paused');
  // Not while on the way to the player (a session just started): it would flash on the page being left.
  const toPlayer = navigation.location?.pathname === paths.session;
  if (!live || location.pathname === paths.session || toPlayer) return null;
  // An interrupted session shows where it was left, not where its clock would have run to.
  const view = viewAt(record.engine, stale ? record.seenAt : now);
  const step = record.routine.steps[view.stepIndex];
  const paused = stale || view.status === 'paused';
  return (
    <section className="mini-player" aria-label="Session in progress">
      <Link className="mini-player-where" to={paths.session}>
        <span className="mini-player-title">
          {record.routine.title} · step {view.stepIndex + 1} of {view.stepCount}
          {stale ? ' · interrupted' : paused ? ' · paused' : ''}
        </span>
        <span className="mini-player-step">{step?.name}</span>
      </Link>
      <span role="timer" aria-label="Step time left" className="mini-player-time">
        {formatClock(view.stepRemainingMs)}
      </span>
      {stale ? (
        <Link className="button small primary" to={paths.session}>
          Back to session
        </Link>
      ) : paused ? (
        <button
          type="button"
          className="button small primary"
          onClick={() => {
            unlockAudio();
            actions.resume();
          }}
        >
          Resume
        </button>
      ) : (
        <button type="button" className="button small primary" onClick={actions.pause}>
          Pause
        </button>
      )}
      <button
        type="button"
        className="button small stop-button"
        onClick={() => {
          // Stop pauses at once, here, then asks what happened on the player, readable at a glance.
          actions.requestStop();
          navigate(paths.session);
        }}
      >
        Stop
      </button>
    </section>
  );
}
