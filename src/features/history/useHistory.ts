import { useState, useSyncExternalStore } from 'react';
import { history, type History, type HistoryEntry } from '../../storage/history';

export interface HistorySnapshot {
  /** Newest first. */
  entries: readonly HistoryEntry[];
  /** When the entries were read: "this week" and "the last 30 days" count back from here. */
  now: number;
}

/**
 * `entries()` reads storage and returns a new array on every call, so the snapshot is cached and only
 * taken again when history says it changed, and once on subscribing.
 */
function snapshotStore(source: History) {
  const take = (): HistorySnapshot => ({ entries: source.entries(), now: Date.now() });
  let snapshot = take();
  return {
    subscribe(onChange: () => void) {
      const unsubscribe = source.subscribe(() => {
        snapshot = take();
        onChange();
      });
      // React compares snapshots after subscribing, so a change in between is not missed.
      snapshot = take();
      return unsubscribe;
    },
    getSnapshot: () => snapshot,
  };
}

/** This device's history, re-read whenever it changes. */
export function useHistory(source: History = history): HistorySnapshot {
  const [store] = useState(() => snapshotStore(source));
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
