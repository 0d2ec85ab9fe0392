import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { history } from '../../storage/history';
import { ClearHistoryDialog } from './ClearHistoryDialog';
import { deleteLabels } from './entryWords';
import { HistoryCharts } from './HistoryCharts';
import { entryHeadingId, HistoryEntryItem } from './HistoryEntryItem';
import { UndoBar, type Notice } from '../../components/UndoBar';
import { useHistory } from './useHistory';
import './history.css';

/** Entries shown at first, and added by "Show more sessions": a long history stays quick to open. */
const PAGE = 50;
const HEADING_ID = 'history-heading';

/** Every session on this device, newest first, under pictures of the weeks, feelings and tight areas. */
export function HistoryScreen() {
  const { entries, now } = useHistory();
  const labels = useMemo(() => deleteLabels(entries), [entries]);
  const [shown, setShown] = useState(PAGE);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Where focus goes once the screen has drawn the change (a restored entry, or the heading).
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const noticeCount = useRef(0);
  const say = (text: string, undo?: () => void) => setNotice({ key: ++noticeCount.current, text, undo });
  const dismiss = useCallback(() => setNotice(null), []);

  const remove = (id: string) => {
    const label = labels.get(id) ?? 'Session';
    const removed = history.remove(id);
    if (!removed) return;
    say(`Deleted ${label}.`, () => {
      history.restore(removed);
      say(`${label} is back.`);
      setFocusTarget({ id: entryHeadingId(removed.id) });
    });
  };

  const openClear = () => {
    dismiss();
    setConfirming(true);
  };

  const clearAll = () => {
    history.clear();
    setConfirming(false);
    say('History cleared.');
    setFocusTarget({ id: HEADING_ID });
  };

  return (
    <div className="page history-page">
      <h1 id={HEADING_ID} tabIndex={-1}>
        History
      </h1>
      {entries.length === 0 ? (
        <div className="history-empty">
          <h2>No sessions yet</h2>
          <p>Sessions you finish or stop on this device are listed here, with how you felt afterwards.</p>
          <Link className="button primary" to={paths.home}>
            Choose a routine
          </Link>
        </div>
      ) : (
        <>
          <HistoryCharts entries={entries} now={now} />
          <section aria-labelledby="history-sessions-title">
            <h2 id="history-sessions-title">Sessions</h2>
            <ul className="history-list" aria-labelledby="history-sessions-title">
              {entries.slice(0, shown).map((entry) => (
                <HistoryEntryItem
                  key={entry.id}
                  entry={entry}
                  now={now}
                  label={labels.get(entry.id) ?? entry.routineTitle}
                  onDelete={() => remove(entry.id)}
                />
              ))}
            </ul>
            <div className="button-row history-actions">
              {entries.length > shown && (
                <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
                  Show more sessions
                </button>
              )}
              <button type="button" className="button history-danger" onClick={openClear}>
                Clear history
              </button>
            </div>
          </section>
        </>
      )}
      <UndoBar notice={notice} onDismiss={dismiss} />
      {confirming && (
        <ClearHistoryDialog
          count={entries.length}
          onConfirm={clearAll}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
