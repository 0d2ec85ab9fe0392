import type { Routine } from '../../../content/schema';
import { useSessionActions, useSessionRecord } from '../SessionStoreContext';

/** A session last seen hours ago is offered, not forced. */
export function StaleOffer({ routine }: { routine: Routine }) {
  const record = useSessionRecord();
  const { pickUpStale, discardSession } = useSessionActions();
  if (!record) return null;
  const seen = new Date(record.seenAt).toLocaleString([], {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
  return (
    <div className="page">
      <h1>Pick up where you left off?</h1>
      <p>
        Your {routine.title.toLowerCase()} session was last open on {seen}, at step{' '}
        {record.engine.stepIndex + 1} of {record.engine.steps.length}.
      </p>
      <div className="button-row">
        <button type="button" className="button primary large" onClick={pickUpStale}>
          Pick up where I left off
        </button>
        <button type="button" className="button large" onClick={discardSession}>
          Start fresh
        </button>
      </div>
    </div>
  );
}
