import { useId, useState, type FormEvent } from 'react';
import { BodyMap } from '../../../components/BodyMap';
import { feelingLabel } from '../../../lib/labels';
import { BACK_REGIONS } from '../../../lib/regions';
import { history } from '../../../storage/history';
import type { Feeling } from '../../../storage/records/history';

const FEELING_LABELS = feelingLabel;

interface Props {
  /** The session's history entry. */
  sessionId: string;
  /** After a stop for pain, only what helps: how it feels and a note, not which muscles are tight. */
  afterPain?: boolean;
}

/**
 * "How do you feel now?": noticing what changed is how a person learns whether massage helps (seeds 001,
 * 003). Everything is optional; skipping is fine. Saved into the session's line in the history.
 */
export function FeelingForm({ sessionId, afterPain = false }: Props) {
  const [feeling, setFeeling] = useState<Feeling | null>(null);
  const [note, setNote] = useState('');
  const [tight, setTight] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const noteId = useId();
  const toggle = (id: string) => {
    setSaved(false);
    setTight((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const tightAreas = BACK_REGIONS.filter((r) => tight.has(r.id)).flatMap((r) => r.areas);
  const save = (event: FormEvent) => {
    event.preventDefault();
    history.update(sessionId, {
      ...(feeling ? { feeling } : {}),
      ...(note.trim() ? { note: note.trim().slice(0, 500) } : {}),
      ...(tightAreas.length > 0 ? { tightAreas } : {}),
    });
    setSaved(true);
  };

  return (
    <form className="feeling-form" onSubmit={save} aria-labelledby="feeling-heading">
      <h2 id="feeling-heading">How do you feel now?</h2>
      <fieldset className="choice-row">
        <legend className="visually-hidden">How do you feel now?</legend>
        {(Object.keys(FEELING_LABELS) as Feeling[]).map((value) => (
          <label key={value} className={`choice-pill${feeling === value ? ' is-on' : ''}`}>
            <input
              type="radio"
              name="feeling"
              value={value}
              checked={feeling === value}
              onChange={() => {
                setFeeling(value);
                setSaved(false);
              }}
            />
            {FEELING_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {!afterPain && (
        <fieldset className="tight-areas">
          <legend>Anywhere still tight?</legend>
          <div className="tight-areas-body">
            <BodyMap areas={tightAreas} stroke="still" size="small" legend={false} title="Still tight" />
            <div className="tight-areas-choices">
              {BACK_REGIONS.map((region) => (
                <label key={region.id} className="check-row">
                  <input type="checkbox" checked={tight.has(region.id)} onChange={() => toggle(region.id)} />
                  <span>{region.label}</span>
                </label>
              ))}
            </div>
          </div>
        </fieldset>
      )}
      <label htmlFor={noteId} className="field-label">
        Note
      </label>
      <textarea
        id={noteId}
        name="note"
        rows={2}
        maxLength={500}
        value={note}
        placeholder={afterPain ? 'What happened, in your words' : 'What changed: bending, sleeping, standing'}
        onChange={(e) => {
          setNote(e.target.value);
          setSaved(false);
        }}
      />
      <div className="button-row">
        <button type="submit" className="button">
          Save
        </button>
        {saved && (
          <p role="status" className="hint">
            Saved to your history.
          </p>
        )}
      </div>
    </form>
  );
}
