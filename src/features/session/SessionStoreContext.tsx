import { createContext, use, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Timestamp } from '../../lib/units';
import type { SessionStore, SessionStoreState, StoredSessionRecord } from './store';

/**
 * Hands the session store to the screens; tests pass their own store with a fake clock. The app passes
 * a loader: the store loads only when a screen first needs it (the player, the safety check, a session
 * to pick up), and that screen waits (suspends) for it. A page read with no session never loads it.
 */
type StoreSource = SessionStore | (() => Promise<SessionStore>);
const SessionStoreContext = createContext<StoreSource | null>(null);

export function SessionStoreProvider({ store, children }: { store: StoreSource; children: ReactNode }) {
  return <SessionStoreContext.Provider value={store}>{children}</SessionStoreContext.Provider>;
}

export function useSessionStoreApi(): SessionStore {
  const source = useContext(SessionStoreContext);
  if (!source) throw new Error('useSessionStoreApi needs a SessionStoreProvider');
  return typeof source === 'function' ? use(source()) : source;
}

function useSession<T>(selector: (state: SessionStoreState) => T): T {
  return useStore(useSessionStoreApi(), selector);
}

export const useSessionRecord = () => useSession((s) => s.record);
export const useSessionNow = () => useSession((s) => s.now);
export const useSessionStale = () => useSession((s) => s.stale);
export const useStopDialogOpen = () => useSession((s) => s.stopDialogOpen);
export const useSessionActions = () => useSession((s) => s.actions);

/**
 * One value read from the session at the store's clock, or `none` with no session. The screen that
 * uses it re-renders only when the value changes, so return text or numbers, not fresh objects: a
 * countdown re-renders every second, the step around it only when the step does.
 */
export function useSessionReading<T>(read: (record: StoredSessionRecord, now: Timestamp) => T, none: T): T {
  return useSession((s) => (s.record ? read(s.record, s.now) : none));
}

/**
 * Several readings taken together, in one pass over the store on each change: the screen re-renders
 * only when one of the returned values changes (compared one by one, so return plain values).
 */
export function useSessionReadings<T extends object>(
  read: (record: StoredSessionRecord, now: Timestamp) => T,
  none: T,
): T {
  return useSession(useShallow((s: SessionStoreState) => (s.record ? read(s.record, s.now) : none)));
}
