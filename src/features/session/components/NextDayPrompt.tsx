import { useState } from 'react';
import { history, type HistoryEntry } from '../../../storage/history';
import type { Feeling } from '../../../storage/records/history';
import { answerNextDay, NEXT_DAY_ADVICE, nextDayQuestion } from '../nextDay';
import { feelingLabel as FEELING_LABELS } from '../../../lib/labels';

/** Home, the day after a session: one quiet question, asked once; the answer goes into the history. */
export default function NextDayPrompt() {
  const [asked] = useState<HistoryEntry | null>(() => nextDayQuestion(history.entries(), Date.now()));
  const [answer, setAnswer] = useState<Feeling | 'skipped' | null>(null);
  if (!asked || answer === 'skipped') return null;
  const respond = (feeling: Feeling | null) => {
    answerNextDay(asked.id, feeling);
    setAnswer(feeling ?? 'skipped');
  };
  const when = new Date(asked.endedAt).toLocaleDateString([], { weekday: 'long' });
  return (
    <section className="next-day" aria-labelledby="next-day-heading">
      <h2 id="next-day-heading">How is your back today?</h2>
      {answer ? (
        <p role="status">{NEXT_DAY_ADVICE[answer]}</p>
      ) : (
        <>
          <p className="hint">
            After {asked.routineTitle.toLowerCase()} on {when}.
          </p>
          <div className="choice-row">
            {(Object.keys(FEELING_LABELS) as Feeling[]).map((feeling) => (
              <button key={feeling} type="button" className="button" onClick={() => respond(feeling)}>
                {FEELING_LABELS[feeling]}
              </button>
            ))}
            <button type="button" className="button ghost" onClick={() => respond(null)}>
              Not now
            </button>
          </div>
        </>
      )}
    </section>
  );
}
