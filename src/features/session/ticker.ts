/**
 * The one owner of the session's timer. It wakes only when something is due (engine/nextChange.ts):
 * on a visible page when the countdown's second turns or a cue falls due, about once a second; on a
 * hidden one (a locked phone) only for the next cue or step end, with nothing to do in between. It
 * ticks at once when the page becomes visible again, so a phone that was locked shows the right step on
 * waking. The session runs on timestamps, so a late or throttled timer never puts the count wrong.
 */
import { nextChangeIn } from '../../engine/nextChange';
import type { SessionStore } from './store';

export interface Visibility {
  visible(): boolean;
  onChange(listener: () => void): () => void;
}

const documentVisibility: Visibility = {
  visible: () => document.visibilityState === 'visible',
  onChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

export function startTicker(store: SessionStore, page: Visibility = documentVisibility): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    const { record, stale } = store.getState();
    if (!record || stale) return;
    const wait = nextChangeIn(record.engine, record.capMs, store.clock.now(), page.visible());
    if (wait !== null) timer = setTimeout(() => store.getState().actions.tick(), wait);
  };
  const onPage = () => {
    if (page.visible()) store.getState().actions.tick();
    schedule();
  };
  // Every change (a tick, a pause, added time) moves what is due next.
  const unsubscribe = store.subscribe(schedule);
  const offPage = page.onChange(onPage);
  schedule();
  return () => {
    unsubscribe();
    offPage();
    clearTimeout(timer);
  };
}
