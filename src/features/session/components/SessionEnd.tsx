import type { Routine } from '../../../content/schema';
import { safety } from '../../../content';
import { SafetyAdviceList } from '../../../components/SafetyAdviceList';
import { BetweenSessions } from '../../../components/BetweenSessions';
import type { StopReason } from '../../../engine/session';
import { DAILY_CAP_MS } from '../../../engine/plan';
import { FeelingForm } from './FeelingForm';

const stopSignFor: Record<Exclude<StopReason, 'user' | 'daily-cap'>, string[]> = {
  'sharp-pain': ['pain-increases', 'sharp-pain'],
  'spreading-pain': ['pain-spreads'],
  numbness: ['new-numbness', 'new-tingling'],
};

interface Props {
  routine: Routine;
  outcome: 'finished' | StopReason;
  /** The session's line in the history, where "How do you feel now?" is saved. */
  sessionId: string;
  onDone(): void;
}

/** The last screen: how to close the session, or — after a safety stop — what to do now. */
export function SessionEnd({ routine, outcome, sessionId, onDone }: Props) {
  if (outcome !== 'finished' && outcome !== 'user' && outcome !== 'daily-cap') {
    const ids = stopSignFor[outcome];
    const signs = safety.stopSigns.filter((s) => ids.includes(s.id));
    const shown = signs.length > 0 ? signs : safety.stopSigns;
    return (
      <div className="page session-end">
        <h1>Stop the massage here</h1>
        <div role="alert" className="verdict verdict-stop">
          <h2>Seek care before massaging again</h2>
          <SafetyAdviceList items={shown} />
          <p>
            Get medical help urgently if there is leg weakness, trouble holding urine or stools, fever, or
            pain that is severe, constant or getting worse.
          </p>
        </div>
        <p>
          {routine.who === 'self'
            ? 'Stop now and move slowly: sit or lie down somewhere comfortable and rest for a few minutes.'
            : 'Help them off the surface slowly. Cover them and let them rest.'}
        </p>
        <BetweenSessions />
        <FeelingForm sessionId={sessionId} afterPain />
        <button type="button" className="button primary large" onClick={onDone}>
          Done
        </button>
      </div>
    );
  }
  return (
    <div className="page session-end">
      <h1>{outcome === 'finished' ? 'Session complete' : 'Session ended'}</h1>
      {outcome === 'daily-cap' && (
        <p role="status" className="verdict">
          That’s today’s {DAILY_CAP_MS / 60_000} minutes of self-massage. More would leave the muscles sorer,
          so stop here and rest; if it is still sore tomorrow, rest a day.
        </p>
      )}
      <section aria-labelledby="close-heading">
        <h2 id="close-heading">To finish</h2>
        <ul className="bullets">
          {routine.closing.map((item) => (
            <li key={item.text}>{item.text}</li>
          ))}
        </ul>
      </section>
      <BetweenSessions />
      <FeelingForm sessionId={sessionId} />
      <button type="button" className="button primary large" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
