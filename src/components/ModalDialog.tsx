import { useRef, type ReactNode } from 'react';
import { useModalDialog } from './useModalDialog';

interface Props {
  titleId: string;
  descriptionId: string;
  /** Escape: the safe way out (keep going, cancel). */
  onEscape(): void;
  /** Where focus starts: a question or a safe answer, never a harmful one. */
  initialFocus(node: HTMLElement): HTMLElement | null;
  children: ReactNode;
}

/** A modal dialog over a dimmed page: named by its title, with focus kept inside while it is open. */
export function ModalDialog({ titleId, descriptionId, onEscape, initialFocus, children }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useModalDialog(dialog, onEscape, initialFocus);
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="dialog"
      >
        {children}
      </div>
    </div>
  );
}
