import { createContext, use, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SessionStore, SessionStoreState } from './store';

/**
 * Hands the session store to the screens; tests pass their own store with a fake clock. The app passes
 * a promise: the store loads after the first page, and a screen that needs it waits (suspends) for it.
 */
type StoreSource = SessionStore | Promise<SessionStore>;
const SessionStoreContext = createContext<StoreSource | null>(null);

export function SessionStoreProvider({ store, children }: { store: StoreSource; children: ReactNode }) {
  return <SessionStoreContext.Provider value={store}>{children}</SessionStoreContext.Provider>;
}

export function useSessionStoreApi(): SessionStore {
  const source = useContext(SessionStoreContext);
  if (!source) throw new Error('useSessionStoreApi needs a SessionStoreProvider');
  return source instanceof Promise ? use(source) : source;
}

function useSession<T>(selector: (state: SessionStoreState) => T): T {
  return useStore(useSessionStoreApi(), selector);
}

export const useSessionRecord = () => useSession((s) => s.record);
export const useSessionNow = () => useSession((s) => s.now);
export const useSessionStale = () => useSession((s) => s.stale);
export const useStopDialogOpen = () => useSession((s) => s.stopDialogOpen);
export const useSessionActions = () => useSession((s) => s.actions);
