import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** What this hook puts in the history entries it writes. */
interface Written {
  seq: number;
}

const written = (state: unknown): Written | undefined =>
  typeof state === 'object' && state !== null && 'seq' in state && typeof state.seq === 'number'
    ? (state as Written)
    : undefined;

/**
 * Whether a history entry was written by this hook. The screen already shows what it wrote, so only
 * other entries (a link, back and forward) need to be read back into it.
 */
export const writtenHere = (state: unknown) => written(state) !== undefined;

// Counts across mounts, so an entry written before a remount never looks newer than one asked for since.
let lastSeq = 0;

/**
 * The search params, and a way to change them that builds on the last change asked for rather than the
 * last one rendered. The router lands a change a moment later; a filter picked in that moment, or text
 * typed before the script arrived and taken up on hydration, must not undo it. Every change replaces
 * the current history entry, so typing does not add one entry per key.
 */
export function useSearchParamsWriter() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const pending = useRef<{ seq: number; params: URLSearchParams } | null>(null);

  useEffect(() => {
    // Our latest change has landed, or something else (a link, back and forward) moved the URL.
    const landed = written(location.state);
    if (!landed || landed.seq >= (pending.current?.seq ?? 0)) pending.current = null;
  }, [location.key, location.state]);

  const change = useCallback(
    (edit: (current: URLSearchParams) => URLSearchParams, { resetScroll = false } = {}) => {
      const next = edit(new URLSearchParams(pending.current?.params ?? params));
      const seq = ++lastSeq;
      pending.current = { seq, params: next };
      setParams(next, {
        replace: true,
        preventScrollReset: !resetScroll,
        state: { seq } satisfies Written,
      });
    },
    [params, setParams],
  );

  return [params, change] as const;
}
