import { useState, type ComponentType } from 'react';
import type { RoutineSpec } from '../../content/compose';
import type { ShareDialogProps } from './ShareDialog';

type Dialog = ComponentType<ShareDialogProps>;

/**
 * "Share" for a routine a person made. The dialog (with the QR code maker) is fetched on the first tap,
 * so no page's first download carries it. A plain import, not `lazy()`: no Suspense boundary to reveal.
 */
export function ShareButton({ spec }: { spec: RoutineSpec }) {
  const [dialog, setDialog] = useState<{ Dialog: Dialog } | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);

  const openDialog = () => {
    setFailed(false);
    if (dialog) {
      setOpen(true);
      return;
    }
    import('./ShareDialog').then(
      (m) => {
        setDialog({ Dialog: m.ShareDialog });
        setOpen(true);
      },
      () => setFailed(true),
    );
  };

  return (
    <>
      <button type="button" className="button" onClick={openDialog} aria-haspopup="dialog">
        Share
      </button>
      {failed && (
        <p role="status" className="hint saved-note">
          Sharing could not load. Check the connection and try again.
        </p>
      )}
      {open && dialog && <dialog.Dialog spec={spec} onClose={() => setOpen(false)} />}
    </>
  );
}
