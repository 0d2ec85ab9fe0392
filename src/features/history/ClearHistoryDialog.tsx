import { ModalDialog } from '../../components/ModalDialog';

interface Props {
  count: number;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before every session is removed. Escape cancels; focus starts on Cancel, the safe answer. */
export function ClearHistoryDialog({ count, onConfirm, onCancel }: Props) {
  return (
    <ModalDialog
      titleId="clear-history-title"
      descriptionId="clear-history-desc"
      onEscape={onCancel}
      initialFocus={(node) => node.querySelector('[data-cancel]')}
    >
      <h2 id="clear-history-title">Clear all history?</h2>
      <p id="clear-history-desc">
        {count === 1 ? 'The one session' : `All ${count} sessions`} on this device will be removed. This can’t
        be undone.
      </p>
      <div className="button-row">
        <button type="button" className="button history-danger" onClick={onConfirm}>
          Clear history
        </button>
        <button type="button" className="button" onClick={onCancel} data-cancel>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
