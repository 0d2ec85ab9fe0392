import { useId, useState } from 'react';
import type { Routine, SafetyItem } from '../../content/schema';
import { safety } from '../../content';
import { SafetyAdviceList } from '../../components/SafetyAdviceList';
import { countsTowardDailyCap, DAILY_CAP_MS, planTotal } from '../../engine/plan';
import { formatLength, type Ms } from '../../lib/units';
import { adaptRoutine } from '../../content/adapt';
import { ChangesSaid, OtherPosition } from './ConditionParts';
import type { StopReason } from '../../engine/session';

const stopWords: Partial<Record<StopReason, string>> = {
  'sharp-pain': 'sharp or increasing pain',
  'spreading-pain': 'pain spreading',
  numbness: 'numbness or tingling',
};

export interface SafetyAnswers {
  /** The back is in an acute flare-up: lighter and shorter. */
  flareUp: boolean;
  /** The routine as the ticked conditions leave it (steps left out, pressure light). */
  routine: Routine;
}

interface Props {
  routine: Routine;
  /** The length chosen on the routine's page; null for as written. */
  targetMs?: Ms | null;
  /** Self-massage already done today, for the daily cap; ignored for partner routines. */
  selfMassageTodayMs?: number;
  /** Stops for pain or numbness earlier today: said again at the top, before the next start. */
  stoppedEarlierToday?: readonly StopReason[];
  onContinue(answers: SafetyAnswers): void;
}

/**
 * The check before every session. A red flag or a blocking condition means "don't start", with no way
 * round it; an area to avoid is noted and the session may go on around it.
 */
export function SafetyCheck({
  routine,
  targetMs = null,
  selfMassageTodayMs = 0,
  stoppedEarlierToday = [],
  onContinue,
}: Props) {
  const { redFlags, contraindications, conditions, stopSigns } = safety;
  const relevant = contraindications.filter((c) => routine.contraindications.includes(c.id));
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [flareUp, setFlareUp] = useState(false);
  const toggle = (id: string) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const flagged = redFlags.filter((f) => ticked.has(f.id));
  const adapted = adaptRoutine(
    routine,
    conditions.filter((c) => ticked.has(c.id)),
  );
  const blocking = relevant.filter((c) => c.blocks && ticked.has(c.id));
  const avoid = relevant.filter((c) => !c.blocks && ticked.has(c.id));
  const whose = routine.who === 'partner' ? 'the person you are massaging' : 'you';
  const capped = countsTowardDailyCap(routine);
  const doneMinutes = Math.round(selfMassageTodayMs / 60_000);
  const sessionMs = planTotal(adapted.routine ?? routine, { gentle: flareUp, targetMs });
  const overCap = capped && selfMassageTodayMs + sessionMs > DAILY_CAP_MS;

  return (
    <div className="page safety-check">
      <h1>Before you start</h1>
      <p className="lede">Tick anything that is true for {whose} today. If nothing is, carry on.</p>
      <p className="session-length">
        {routine.title}: <strong>{formatLength(sessionMs)}</strong>
        {flareUp ? ', lighter for the flare-up' : ''}
      </p>
      {stoppedEarlierToday.length > 0 && (
        <div role="alert" className="verdict verdict-stop">
          <h2>A session was stopped earlier today</h2>
          <p>
            It stopped for {stopWords[stoppedEarlierToday[0]!] ?? 'pain'}. Seek care before massaging again: a
            physiotherapist or doctor should look at it first. Don’t start if it is still there.
          </p>
        </div>
      )}
      {capped && (
        <p className="hint daily-cap">
          Self-massage today: {doneMinutes} of {DAILY_CAP_MS / 60_000} minutes.
        </p>
      )}
      {overCap && (
        <div role="alert" className="verdict verdict-stop">
          <h2>That’s enough for today.</h2>
          <p>
            This routine would take you past {DAILY_CAP_MS / 60_000} minutes of self-massage today. More than
            that tends to leave muscles sorer, not looser. Rest, and try again tomorrow.
          </p>
        </div>
      )}

      <CheckGroup
        legend="Any of these? Don’t start — get medical advice first"
        kind="red-flag"
        items={redFlags}
        ticked={ticked}
        onToggle={toggle}
      />
      {relevant.length > 0 && (
        <CheckGroup
          legend="Anything on the back or in your health?"
          kind="area"
          items={relevant}
          ticked={ticked}
          onToggle={toggle}
        />
      )}
      {conditions.length > 0 && (
        <CheckGroup
          legend={`Anything else about ${routine.who === 'partner' ? 'their' : 'your'} health?`}
          kind="condition"
          items={conditions}
          ticked={ticked}
          onToggle={toggle}
        />
      )}
      <fieldset className="check-group">
        <legend>How is the back today?</legend>
        <label className="check-row">
          <input type="checkbox" checked={flareUp} onChange={(e) => setFlareUp(e.target.checked)} />
          <span>It is in a flare-up (recent, sharp-ish soreness)</span>
        </label>
        {flareUp && (
          <p className="hint">
            {targetMs === null
              ? 'The session will use lighter pressure and the shortest time for each step.'
              : 'The session will use lighter pressure, and no step will run longer than written.'}
          </p>
        )}
      </fieldset>

      {flagged.length > 0 ? (
        <div role="alert" className="verdict verdict-stop">
          <h2>Don’t start. Seek medical advice.</h2>
          <p>These need medical help before any massage:</p>
          <SafetyAdviceList items={flagged} />
        </div>
      ) : overCap ? null : blocking.length > 0 || adapted.blockedBy.length > 0 ? (
        <div role="alert" className="verdict verdict-stop">
          <h2>Don’t start today.</h2>
          <SafetyAdviceList items={[...blocking, ...adapted.blockedBy]} />
        </div>
      ) : adapted.notInPosition.length > 0 ? (
        <OtherPosition routine={routine} because={adapted.notInPosition} />
      ) : !adapted.routine ? (
        <div role="alert" className="verdict verdict-stop">
          <h2>Nothing in this routine suits that today.</h2>
          <p>Every step uses what should be left out. Choose a gentler routine.</p>
        </div>
      ) : (
        <div className="verdict">
          {avoid.length > 0 && (
            <div role="status" className="verdict-avoid">
              <h2>Keep away from these areas</h2>
              <SafetyAdviceList items={avoid} />
            </div>
          )}
          <details className="stop-signs">
            <summary>Stop at once if…</summary>
            <ul>
              {stopSigns.map((s) => (
                <li key={s.id}>{s.label}</li>
              ))}
            </ul>
          </details>
          <ChangesSaid adapted={adapted} />
          <button
            type="button"
            className="button primary large"
            onClick={() => onContinue({ flareUp, routine: adapted.routine! })}
          >
            Continue
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * A group of things to tick. What a ticked one says beside it depends on its kind: a red flag's own
 * advice is already a stop; an area to avoid blocks or is worked around; a condition blocks or changes
 * the session (said before Continue) and names the guidance it follows.
 */
function CheckGroup(props: {
  legend: string;
  kind: 'red-flag' | 'area' | 'condition';
  items: readonly (SafetyItem & { blocks?: boolean; source?: string })[];
  ticked: Set<string>;
  onToggle(id: string): void;
}) {
  const hintId = useId();
  return (
    <fieldset className="check-group" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      <span id={hintId} className="visually-hidden">
        Tick any that apply.
      </span>
      {props.items.map((item) => {
        const ticked = props.ticked.has(item.id);
        // Said beside a ticked item, where the person is looking when they tick it.
        const stop = props.kind === 'red-flag' || item.blocks;
        const verdict =
          props.kind === 'red-flag'
            ? null
            : item.blocks
              ? 'Don’t start today.'
              : props.kind === 'area'
                ? 'Work around it.'
                : null;
        return (
          <div key={item.id} className={`check-item${ticked ? ' is-ticked' : ''}`}>
            <label className="check-row">
              <input type="checkbox" checked={ticked} onChange={() => props.onToggle(item.id)} />
              <span>{item.label}</span>
            </label>
            {ticked && (
              <p className={`check-consequence${stop ? ' is-stop' : ''}`}>
                {verdict && <strong>{verdict} </strong>}
                {item.advice}
                {item.source && <span className="check-source"> ({item.source})</span>}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
