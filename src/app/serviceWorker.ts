/**
 * Registers the service worker (production only) and reports when a new version is waiting. The new
 * version takes over only when the person says so, from a browsing screen, never mid-session.
 */
import { useSyncExternalStore } from 'react';

type Listener = () => void;
const listeners = new Set<Listener>();
let applyUpdate: (() => void) | null = null;

const notify = () => listeners.forEach((l) => l());

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    applyUpdate = () => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    };
    notify();
  });
  try {
    await wb.register();
  } catch {
    // No offline support this visit (e.g. private mode); the app itself works as before.
  }
}

/** The "apply the new version" action while one is waiting, else null. */
export function useWaitingUpdate(): (() => void) | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => applyUpdate,
    () => null,
  );
}
