import { useEffect, useRef, useState } from 'react';

/** Long enough to notice and reach; it waits while a finger or focus rests on it. */
export const NOTICE_MS = 8000;

export interface Notice {
  /** A new key for every notice, so the same words said twice are a new notice. */
  key: number;
  text: string;
  undo?: () => void;
}

interface Props {
  notice: Notice | null;
  onDismiss(): void;
}

/**
 * Says what just happened (role status, always in the page so it is announced), with "Undo" after a
 * delete. Focus moves to Undo: the Delete button that had it is gone.
 */
export function UndoBar({ notice, onDismiss }: Props) {
  // Held for one notice only: the next one starts its own count, wherever focus was left.
  const [heldKey, setHeldKey] = useState<number | null>(null);
  const held = notice !== null && heldKey === notice.key;
  const hold = (on: boolean) => setHeldKey(on && notice ? notice.key : null);
  const undo = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (notice?.undo) undo.current?.focus();
  }, [notice]);

  useEffect(() => {
    if (!notice || held) return;
    const timer = window.setTimeout(onDismiss, NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, held, onDismiss]);

  return (
    <div role="status" className="notice-region">
      {notice && (
        <div
          className="notice"
          onFocus={() => hold(true)}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) hold(false);
          }}
          onPointerEnter={() => hold(true)}
          onPointerLeave={() => hold(false)}
        >
          <p>{notice.text}</p>
          {notice.undo && (
            <button ref={undo} type="button" className="button small" onClick={notice.undo}>
              Undo
            </button>
          )}
        </div>
      )}
    </div>
  );
}
