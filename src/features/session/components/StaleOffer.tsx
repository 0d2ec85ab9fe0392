import type { Routine } from '../../../content/schema';
import { useSessionActions, useSessionRecord } from '../SessionStoreContext';

/**
 * A session whose page was closed (not a locked phone: the page itself was gone) is shown where it was
 * left, paused, and nothing is said until the person chooses how to go on.
 */
export function StaleOffer({ routine }: { routine: Routine }) {
  const record = useSessionRecord();
  const { pickUpStale, restartStale, endStale } = useSessionActions();
  if (!record) return null;
  const index = record.engine.stepIndex;
  const step = routine.steps[index];
  const seen = new Date(record.seenAt).toLocaleString([], {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <div className="page stale-offer">
      <p className="eyebrow">{routine.title} · paused</p>
      <h1>Pick up where you left off?</h1>
      <p>
        The app was closed during step {index + 1} of {record.engine.steps.length}
        {step ? (
          <>
            , <strong>{step.name}</strong>
          </>
        ) : null}
        . It was last open on {seen}.
      </p>
      <div className="button-row">
        <button type="button" className="button primary large" onClick={pickUpStale}>
          Pick up where I left off
        </button>
        <button type="button" className="button large" onClick={restartStale}>
          Start again
        </button>
        <button type="button" className="button large" onClick={endStale}>
          End session
        </button>
      </div>
    </div>
  );
}
