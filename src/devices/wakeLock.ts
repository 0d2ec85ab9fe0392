/**
 * Screen Wake Lock: keeps the screen on while a session runs. The browser drops the lock whenever the
 * page is hidden, so the owner (connect.ts) asks again when it is visible. The status is published for
 * the Player, which tells the person to keep the screen awake themselves where the API is missing.
 */
import { useSyncExternalStore } from 'react';

export type WakeLockStatus = 'active' | 'released' | 'unsupported' | 'error';

export interface WakeLock {
  /** Ask for the lock (again); a no-op while it is held or being asked for. */
  acquire(): void;
  release(): void;
}

/** A value that can be read and watched: a store too small for zustand. */
export interface Subscribable<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

export function createSubscribable<T>(initial: T): Subscribable<T> & { set(value: T): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

interface WakeLockApi {
  request(type: 'screen'): Promise<WakeLockSentinel>;
}

function wakeLockApi(): WakeLockApi | null {
  if (typeof navigator === 'undefined') return null;
  const api = (navigator as { wakeLock?: WakeLockApi }).wakeLock;
  return api && typeof api.request === 'function' ? api : null;
}

const pageVisible = () => typeof document === 'undefined' || document.visibilityState === 'visible';

const status = createSubscribable<WakeLockStatus>(wakeLockApi() ? 'released' : 'unsupported');

/** The wake lock's status, for screens. */
export const wakeLockStatus: Subscribable<WakeLockStatus> = status;

export function createBrowserWakeLock(publish: (s: WakeLockStatus) => void = status.set): WakeLock {
  let wanted = false;
  let sentinel: WakeLockSentinel | null = null;
  let asking = false;

  return {
    acquire() {
      wanted = true;
      const api = wakeLockApi();
      if (!api) return publish('unsupported');
      if ((sentinel && !sentinel.released) || asking) return;
      // A hidden page is refused; the lock is asked for again when the page shows.
      if (!pageVisible()) return;
      asking = true;
      api.request('screen').then(
        (lock) => {
          asking = false;
          if (!wanted) {
            lock.release().catch(() => undefined);
            return;
          }
          sentinel = lock;
          publish('active');
          lock.addEventListener('release', () => {
            if (sentinel !== lock) return;
            sentinel = null;
            publish('released');
          });
        },
        () => {
          // Refused: battery saver, a policy, or the page hid meanwhile.
          asking = false;
          publish('error');
        },
      );
    },
    release() {
      wanted = false;
      const lock = sentinel;
      sentinel = null;
      lock?.release().catch(() => undefined);
      publish(wakeLockApi() ? 'released' : 'unsupported');
    },
  };
}

/**
 * 'active' while the screen is kept on; 'unsupported' or 'error' mean it may sleep, and the Player can
 * say "Screen may sleep: keep it awake in your phone settings".
 */
export function useWakeLockStatus(): WakeLockStatus {
  return useSyncExternalStore(status.subscribe, status.get, status.get);
}
