import { useEffect, useState } from 'react';
import type { Routine } from '../../../content/schema';
import {
  asLightAsItGoes,
  contactLabel,
  effectivePressure,
  pressureLabel,
  sideLabel,
} from '../../../lib/labels';
import type { Pressure } from '../../../content/schema';
import { formatClock } from '../../../lib/units';
import { viewAt } from '../../../engine/session';
import { canAddTime, sessionLeftMs } from '../../../engine/dailyCap';
import {
  useSessionActions,
  useSessionNow,
  useSessionRecord,
  useStopDialogOpen,
} from '../SessionStoreContext';
import { Link } from 'react-router';
import { BodyMap } from '../../../components/BodyMap';
import { Icon } from '../../../components/Icon';
import { findTechnique } from '../../../content/techniques';
import { paths } from '../../../lib/paths';
import { useSetting } from '../../settings';
import { useWakeLockStatus } from '../../../devices/wakeLock';
import { StopDialog } from './StopDialog';
import { usePlayerKeys } from './usePlayerKeys';
import { PlayerControls } from './PlayerControls';

/** One step at a time, readable from a metre away, with Stop always on screen. */
export function Player({ routine }: { routine: Routine }) {
  const record = useSessionRecord();
  const now = useSessionNow();
  const actions = useSessionActions();
  const stopOpen = useStopDialogOpen();
  usePlayerKeys(!stopOpen);
  const glanceByDefault = useSetting('glance');
  const [glance, setGlance] = useState(glanceByDefault);
  const wakeLock = useWakeLockStatus();

  // A reload or a woken phone shows the right time at once, before the first interval fires.
  useEffect(() => actions.tick(), [actions]);

  if (!record) return null;
  const view = viewAt(record.engine, now);
  const step = routine.steps[view.stepIndex];
  if (!step) return null;
  const upcoming = routine.steps[view.stepIndex + 1];
  const upcomingMs = record.engine.steps[view.stepIndex + 1]?.durationMs;
  const technique = findTechnique(step.technique);
  const { easedBy } = record.engine;
  const pressure = effectivePressure(step.pressure, easedBy);
  const paused = view.status === 'paused';
  const progress = view.stepDurationMs > 0 ? view.stepElapsedMs / view.stepDurationMs : 0;
  // Today's cap cuts a self-massage short: show only time that will run, and no time it would refuse.
  const leftMs = sessionLeftMs(record.engine, record.capMs, now);
  const canAdd = canAddTime(record.engine, record.capMs, now);

  return (
    <div className={`player${glance ? ' is-glance' : ''}`}>
      <header className="player-top">
        <div className="player-where">
          <p className="player-routine">{routine.title}</p>
          <p className="player-count">
            Step {view.stepIndex + 1} of {view.stepCount}
          </p>
        </div>
        <p className="player-left">
          <span className="player-left-time">{formatClock(leftMs)}</span>
          <span className="player-left-label"> left in session</span>
        </p>
        <button type="button" className="button stop-button" onClick={actions.requestStop}>
          Stop
        </button>
      </header>
      {(wakeLock === 'unsupported' || wakeLock === 'error') && view.status === 'running' && (
        <p className="player-notice" role="status">
          This browser may let the screen sleep. Keep it awake in your phone’s display settings.
        </p>
      )}

      <StepAnnouncer text={`Now on step ${view.stepIndex + 1}: ${step.name}`} />

      <div className="player-body">
        <section className="step-card" aria-labelledby="step-name">
          <h1 id="step-name" className="step-name">
            {step.name}
          </h1>
          <p className="step-instruction">{step.instruction}</p>
          <div className="step-detail">
            <BodyMap
              areas={step.bodyAreas}
              stroke={step.stroke}
              side={step.side}
              activeSide={view.sideHalf}
              size="medium"
              animated={view.status === 'running'}
              legend={false}
            />
            <div className="step-detail-text">
              <dl className="step-facts">
                <div>
                  <dt>Use</dt>
                  <dd>{contactLabel[step.contact]}</dd>
                </div>
                <div>
                  <dt>Pressure</dt>
                  <dd>
                    <span className={`pressure-tag pressure-${pressure}`}>{pressureLabel[pressure]}</span>
                  </dd>
                </div>
                <div>
                  <dt>Side</dt>
                  <dd>{sideLabel[step.side]}</dd>
                </div>
              </dl>
              {technique && (
                <Link className="technique-link" to={paths.technique(technique.id)}>
                  About {technique.name.toLowerCase()}
                </Link>
              )}
            </div>
          </div>
          <p className="pressure-cue">
            {easedBy === 0 ? step.pressureCue : easedPressureLine(step.pressure, easedBy)}
          </p>
          {step.checkIn && <p className="check-in">{step.checkIn}</p>}
        </section>

        <section className="timer-card" aria-label="Timing">
          {/* One line kept for "Get ready" and "Paused", so nothing below it moves when either shows. */}
          <p className="get-ready" aria-live="assertive">
            {view.getReadyMs > 0 ? `Get ready… ${Math.ceil(view.getReadyMs / 1000)}` : paused ? 'Paused' : ''}
          </p>
          <div role="timer" aria-label="Step time left" className={`countdown${paused ? ' is-paused' : ''}`}>
            {formatClock(view.stepRemainingMs)}
          </div>
          <div className="progress" aria-hidden="true">
            <div className="progress-fill" style={{ transform: `scaleX(${progress})` }} />
          </div>
          {view.sideHalf && (
            <p className={`side-now${view.sideHalf === 'second' ? ' is-second' : ''}`}>
              {view.sideHalf === 'first' ? 'Left side first' : 'Switch sides — now the right side'}
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

      {stopOpen && <StopDialog />}
    </div>
  );
}

/**
 * The pressure line once the session goes lighter than written. The written cue may name a stronger
 * level ("Firm and slow"), so it gives way: what is shown is what is said.
 */
function easedPressureLine(written: Pressure, easedBy: number): string {
  const now = pressureLabel[effectivePressure(written, easedBy)];
  if (asLightAsItGoes(written, easedBy))
    return `${now}. As light as this step goes: use less weight, or stop if it still hurts.`;
  return `${now}. ${easedBy === 1 ? 'One level' : 'Two levels'} lighter than written.`;
}

/** Tells screen readers about step changes through a polite live region, not every second. */
function StepAnnouncer({ text }: { text: string }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
