import { useEffect, useState } from 'react';
import type { Routine } from '../../../content/schema';
import { canAddTime } from '../../../engine/dailyCap';
import { viewAt, type PlanStep, type SessionStatus } from '../../../engine/session';
import { formatClock } from '../../../lib/units';
import { Icon } from '../../../components/Icon';
import { useWakeLockStatus } from '../../../devices/wakeLock';
import { useSetting, useSettingsActions } from '../../settings';
import { useSessionActions, useSessionReadings, useStopDialogOpen } from '../SessionStoreContext';
import { StopDialog } from './StopDialog';
import { usePlayerKeys } from './usePlayerKeys';
import { PlayerControls } from './PlayerControls';
import { ReceiverPanel } from './ReceiverPanel';
import { StepCard } from './StepCard';
import { strokeMoving } from '../strokeDemo';
import { Countdown, GetReady, SessionLeft, StepProgress } from './SessionClock';

/** What the player reads with no session: it shows nothing then. */
const NOTHING = {
  live: false,
  stepIndex: 0,
  status: 'ready' as SessionStatus,
  sideHalf: null as 'first' | 'second' | null,
  moving: false,
  easedBy: 0,
  nudge: 0,
  plan: [] as readonly PlanStep[],
  canAdd: false,
};

/** One step at a time, readable from a metre away, with Stop always on screen. */
export function Player({ routine }: { routine: Routine }) {
  // Read together once per change; each value changes with the step, its side or the status, not with
  // the countdown, so the player does not re-render every second.
  const { live, stepIndex, status, sideHalf, moving, easedBy, nudge, plan, canAdd } = useSessionReadings(
    (r, now) => {
      const view = viewAt(r.engine, now);
      return {
        live: true,
        stepIndex: view.stepIndex,
        status: view.status,
        sideHalf: view.sideHalf,
        moving: strokeMoving(r.engine, now),
        easedBy: r.engine.easedBy,
        nudge: r.engine.stepNudge,
        plan: r.engine.steps as readonly PlanStep[],
        // Today's cap leaves no room for time it would refuse.
        canAdd: canAddTime(r.engine, r.capMs, now),
      };
    },
    NOTHING,
  );
  const actions = useSessionActions();
  const stopOpen = useStopDialogOpen();
  usePlayerKeys(!stopOpen);
  const glanceByDefault = useSetting('glance');
  const [glance, setGlance] = useState(glanceByDefault);
  // The receiver's panel is remembered: a couple who used it last time find it again.
  const receiverByDefault = useSetting('receiverView');
  const { update } = useSettingsActions();
  const [receiverOn, setReceiverOn] = useState(receiverByDefault);
  const receiver = receiverOn && routine.who === 'partner';
  const setReceiver = (on: boolean) => {
    setReceiverOn(on);
    update({ receiverView: on });
  };
  const wakeLock = useWakeLockStatus();

  // A reload or a woken phone shows the right time at once, before the first timer fires.
  useEffect(() => actions.tick(), [actions]);

  const step = routine.steps[stepIndex];
  if (!live || !step) return null;
  const upcoming = routine.steps[stepIndex + 1];
  const upcomingMs = plan[stepIndex + 1]?.durationMs;
  const paused = status === 'paused';

  return (
    <div className={`player${glance && !receiver ? ' is-glance' : ''}${receiver ? ' is-receiver' : ''}`}>
      <header className="player-top">
        <div className="player-where">
          <p className="player-routine">{routine.title}</p>
          <p className="player-count">
            Step {stepIndex + 1} of {routine.steps.length}
          </p>
        </div>
        <p className="player-left">
          <SessionLeft />
          <span className="player-left-label"> left in session</span>
        </p>
        {/* The receiver's panel has its own Stop, large. */}
        {!receiver && (
          <button type="button" className="button stop-button" onClick={actions.requestStop}>
            Stop
          </button>
        )}
      </header>
      {(wakeLock === 'unsupported' || wakeLock === 'error') && status === 'running' && (
        <p className="player-notice" role="status">
          This browser may let the screen sleep. Keep it awake in your phone’s display settings.
        </p>
      )}

      <StepAnnouncer text={`Now on step ${stepIndex + 1}: ${step.name}`} />

      {receiver ? (
        <ReceiverPanel step={step} paused={paused} onGiverView={() => setReceiver(false)} />
      ) : (
        <>
          <div className="player-body">
            <StepCard step={step} easedBy={easedBy} nudge={nudge} activeSide={sideHalf} animated={moving} />

            <section className="timer-card" aria-label="Timing">
              <GetReady />
              <Countdown paused={paused} />
              <StepProgress />
              {sideHalf && (
                <p className={`side-now${sideHalf === 'second' ? ' is-second' : ''}`}>
                  {sideHalf === 'first' ? 'Left side first' : 'Switch sides — now the right side'}
                </p>
              )}
              <div className="timer-actions">
                <button
                  type="button"
                  className="button small add-time"
                  onClick={actions.addThirtySeconds}
                  disabled={!canAdd}
                  title={canAdd ? undefined : 'Today’s self-massage cap leaves no room for more time'}
                  aria-label="Add 30 seconds"
                  aria-keyshortcuts="+"
                >
                  <Icon name="plus" size={18} /> 30 s
                </button>
                <button
                  type="button"
                  className="button small glance-toggle"
                  aria-pressed={glance}
                  onClick={() => setGlance((g) => !g)}
                >
                  Glance view
                </button>
                {routine.who === 'partner' && (
                  <button
                    type="button"
                    className="button small receiver-toggle"
                    onClick={() => setReceiver(true)}
                  >
                    Receiver
                  </button>
                )}
              </div>
              <p className="next-up">
                {upcoming && upcomingMs !== undefined ? (
                  <>
                    Next up: <strong>{upcoming.name}</strong> · {formatClock(upcomingMs)}
                  </>
                ) : (
                  'Last step'
                )}
              </p>
            </section>
          </div>

          <PlayerControls paused={paused} />
        </>
      )}

      {stopOpen && <StopDialog />}
    </div>
  );
}

/** Tells screen readers about step changes through a polite live region, not every second. */
function StepAnnouncer({ text }: { text: string }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
