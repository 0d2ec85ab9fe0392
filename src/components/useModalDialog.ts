import { useEffect, useRef, type RefObject } from 'react';

/**
 * The keys of a modal dialog: Escape calls `onEscape` (and no one else sees it), Tab and Shift+Tab stay
 * inside, focus starts on what `initial` picks and goes back where it was when the dialog closes.
 */
export function useModalDialog(
  dialog: RefObject<HTMLElement | null>,
  onEscape: () => void,
  initial: (node: HTMLElement) => HTMLElement | null,
): void {
  const latest = useRef({ onEscape, initial });
  useEffect(() => {
    latest.current = { onEscape, initial };
  });
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    const before = document.activeElement as HTMLElement | null;
    latest.current.initial(node)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        latest.current.onEscape();
      } else if (event.key === 'Tab') {
        const buttons = [...node.querySelectorAll<HTMLElement>('button, [href], input, textarea')];
        const first = buttons[0];
        const last = buttons.at(-1);
        const outside =
          !node.contains(document.activeElement) || !buttons.includes(document.activeElement as HTMLElement);
        if (event.shiftKey && (document.activeElement === first || outside)) {
          event.preventDefault();
          last?.focus();
        } else if (!event.shiftKey && (document.activeElement === last || outside)) {
          event.preventDefault();
          first?.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (before?.isConnected) before.focus();
    };
  }, [dialog]);
}
