/**
 * The one owner of the session's interval. It runs only while a session is running, and ticks at once
 * when the page becomes visible again, so a phone that was locked shows the right step on waking.
 * The countdown only shows whole seconds, so four ticks a second is plenty.
 */
import type { SessionStore } from './store';

export const TICK_MS = 250;

export function startTicker(store: SessionStore): () => void {
  let interval: ReturnType<typeof setInterval> | undefined;
  const sync = () => {
    const { record, stale } = store.getState();
    const running = record?.engine.status === 'running' && !stale;
    if (running && interval === undefined) {
      interval = setInterval(() => store.getState().actions.tick(), TICK_MS);
    } else if (!running && interval !== undefined) {
      clearInterval(interval);
      interval = undefined;
    }
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') store.getState().actions.tick();
  };
  const unsubscribe = store.subscribe(sync);
  document.addEventListener('visibilitychange', onVisible);
  sync();
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisible);
    if (interval !== undefined) clearInterval(interval);
  };
}
