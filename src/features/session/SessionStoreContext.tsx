/** Hands the session store to the screens; tests pass their own store with a fake clock. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SessionStore, SessionStoreState } from './store';

const SessionStoreContext = createContext<SessionStore | null>(null);

export function SessionStoreProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionStoreContext.Provider value={store}>{children}</SessionStoreContext.Provider>;
}

export function useSessionStoreApi(): SessionStore {
  const store = useContext(SessionStoreContext);
  if (!store) throw new Error('useSessionStoreApi needs a SessionStoreProvider');
  return store;
}

function useSession<T>(selector: (state: SessionStoreState) => T): T {
  return useStore(useSessionStoreApi(), selector);
}

export const useSessionRecord = () => useSession((s) => s.record);
export const useSessionNow = () => useSession((s) => s.now);
export const useSessionStale = () => useSession((s) => s.stale);
export const useStopDialogOpen = () => useSession((s) => s.stopDialogOpen);
export const useSessionNotice = () => useSession((s) => s.notice);
export const useSessionActions = () => useSession((s) => s.actions);
