import { areaLabel } from '../../lib/labels';
import type { HistoryEntry } from '../../storage/history';
import { feelingLabel, isSafetyStop, minutesLabel, receiverWords, stopLabel, whenLabel } from './entryWords';

/** The heading of an entry, by which focus finds it again after an undo. */
export const entryHeadingId = (id: string) => `history-entry-${id}`;

interface Props {
  entry: HistoryEntry;
  now: number;
  /** "Partner lower back, 21 Nov": what Delete deletes. */
  label: string;
  onDelete(): void;
}

/** One session: what, when, how long, how it ended and how it felt. */
export function HistoryEntryItem({ entry, now, label, onDelete }: Props) {
  const tags = [entry.flareUp && 'Flare-up', entry.easedBy > 0 && 'Asked for lighter pressure'].filter(
    (t): t is string => Boolean(t),
  );
  const tight = entry.tightAreas?.map((a) => areaLabel[a].toLowerCase()).join(', ');
  return (
    <li className={`history-entry${isSafetyStop(entry.stopReason) ? ' is-safety-stop' : ''}`}>
      <h3 id={entryHeadingId(entry.id)} tabIndex={-1}>
        {entry.routineTitle}
      </h3>
      <p className="history-entry-when">
        <time dateTime={new Date(entry.startedAt).toISOString()}>{whenLabel(entry, now)}</time>
        {' · '}
        {minutesLabel(entry)}
      </p>
      {entry.stopReason && <p className="history-entry-stop">{stopLabel[entry.stopReason]}</p>}
      {tags.length > 0 && (
        <p className="history-tags">
          {tags.map((t) => (
            <span key={t} className="history-tag">
              {t}
            </span>
          ))}
        </p>
      )}
      {(entry.feeling || entry.nextDay) && (
        <p className="history-entry-feelings">
          {entry.feeling && (
            <span>
              Afterwards: <strong>{feelingLabel[entry.feeling]}</strong>
            </span>
          )}{' '}
          {entry.nextDay && (
            <span>
              Next day: <strong>{feelingLabel[entry.nextDay.feeling]}</strong>
            </span>
          )}
        </p>
      )}
      {tight && <p className="history-entry-detail">Tight: {tight}</p>}
      {entry.receiver && <p className="history-entry-detail">Receiver: {receiverWords(entry.receiver)}</p>}
      {entry.note && (
        <p className="history-entry-note">
          <span className="history-entry-note-label">Note:</span> {entry.note}
        </p>
      )}
      {/* Last, so the session is read before its Delete; the layout puts it top right. */}
      <button
        type="button"
        className="button small ghost history-delete"
        aria-label={`Delete: ${label}`}
        onClick={onDelete}
      >
        Delete
      </button>
    </li>
  );
}
