import { useId, useRef, useState } from 'react';
import type { RoutineSpec } from '../../content/compose';
import { shareUrl } from '../../content/shareLink';
import { ModalDialog } from '../../components/ModalDialog';
import { QrCode } from './QrCode';
import './share.css';

export interface ShareDialogProps {
  spec: RoutineSpec;
  onClose(): void;
}

/**
 * The link to a routine, to copy, to pass to the system share sheet, or to scan from the screen. The
 * routine rides after `#`, so nothing is sent anywhere: whoever opens the link reads it on their device.
 */
export function ShareDialog({ spec, onClose }: ShareDialogProps) {
  const id = useId();
  const link = shareUrl(window.location.origin, spec);
  const box = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');
  const canShare = typeof navigator.share === 'function';

  const selectLink = () => {
    box.current?.focus();
    box.current?.select();
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setSaid('Copied');
    } catch {
      selectLink();
      setSaid('Select the link and copy it');
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: spec.name, url: link });
    } catch {
      // Closing the share sheet is an answer too; the link stays here to copy.
    }
  };

  return (
    <ModalDialog
      titleId={`${id}-title`}
      descriptionId={`${id}-desc`}
      onEscape={onClose}
      initialFocus={(node) => node.querySelector('[data-copy]')}
    >
      <h2 id={`${id}-title`}>Share “{spec.name}”</h2>
      <p id={`${id}-desc`}>
        The routine travels inside the link: nothing is uploaded. Whoever opens it can try it and save a copy.
      </p>
      <div className="share-link">
        <label htmlFor={`${id}-link`}>Link</label>
        <input
          ref={box}
          id={`${id}-link`}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className="button-row">
        <button type="button" className="button primary" onClick={copy} data-copy>
          Copy link
        </button>
        {canShare && (
          <button type="button" className="button" onClick={share}>
            Share…
          </button>
        )}
      </div>
      <p role="status" className="share-said">
        {said}
      </p>
      <figure className="share-qr">
        <QrCode text={link} label="QR code of the link" />
        <figcaption>Scan it with another phone or a tablet to open the routine there.</figcaption>
      </figure>
      <div className="button-row share-close">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
