import { useRef } from 'react';
import { useModalDialog } from '../../components/useModalDialog';

interface Props {
  count: number;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before every session is removed. Escape cancels; focus starts on Cancel, the safe answer. */
export function ClearHistoryDialog({ count, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useModalDialog(dialog, onCancel, (node) => node.querySelector('[data-cancel]'));
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="clear-history-title"
        aria-describedby="clear-history-desc"
        className="dialog"
      >
        <h2 id="clear-history-title">Clear all history?</h2>
        <p id="clear-history-desc">
          {count === 1 ? 'The one session' : `All ${count} sessions`} on this device will be removed. This
          can’t be undone.
        </p>
        <div className="button-row">
          <button type="button" className="button history-danger" onClick={onConfirm}>
            Clear history
          </button>
          <button type="button" className="button" onClick={onCancel} data-cancel>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
