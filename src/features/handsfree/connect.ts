/**
 * The one place hands-free listens to the session. Cues become speech, a chime and a vibration; status
 * changes drive the wake lock and the media session; a resume says the get-ready count. Every effect is
 * an adapter passed in, so a test records what would be said, rung, felt and locked.
 */
import type { Routine } from '../../content/schema';
import type { Cue, CueKind } from '../../engine/cues';
import type { SessionStatus } from '../../engine/session';
import type { SessionStore, SessionStoreState, StoredSessionRecord } from '../session';
import type { SettingsStore } from '../settings';
import { chimeForCue, chimes as appChimes, type Chimes } from '../../devices/chime';
import { createBrowserMediaSession, type MediaSessionAdapter } from '../../devices/mediaSession';
import { speaker as appSpeaker, type Speaker } from '../../devices/speech';
import { getReadyLines, linesForCue } from './speechScript';
import { effectivePressure } from '../../lib/labels';
import { vibration as appVibration, type Vibration } from '../../devices/vibration';
import { createBrowserWakeLock, type WakeLock } from '../../devices/wakeLock';

export interface PageVisibility {
  visible(): boolean;
  /** Calls back whenever the page is shown or hidden. */
  onChange(listener: (visible: boolean) => void): () => void;
}

export interface HandsFreeAdapters {
  speaker: Speaker;
  chimes: Chimes;
  vibration: Vibration;
  wakeLock: WakeLock;
  mediaSession: MediaSessionAdapter;
  page: PageVisibility;
}

export function documentVisibility(): PageVisibility {
  return {
    visible: () => typeof document === 'undefined' || document.visibilityState === 'visible',
    onChange(listener) {
      if (typeof document === 'undefined') return () => {};
      const handler = () => listener(document.visibilityState === 'visible');
      document.addEventListener('visibilitychange', handler);
      return () => document.removeEventListener('visibilitychange', handler);
    },
  };
}

export function browserAdapters(): HandsFreeAdapters {
  return {
    speaker: appSpeaker,
    chimes: appChimes,
    vibration: appVibration,
    wakeLock: createBrowserWakeLock(),
    mediaSession: createBrowserMediaSession(),
    page: documentVisibility(),
  };
}

/** The cue that speaks for a batch in a chime or a buzz: the end, then a new step, then the rest. */
const PRIORITY: readonly CueKind[] = [
  'finished',
  'step-start',
  'switch-sides',
  'check-in',
  'ten-seconds',
  'halfway',
];
/** These start something new: whatever is still being said about the step before is dropped. */
const INTERRUPTS: ReadonlySet<CueKind> = new Set(['step-start', 'finished']);

const byPriority = (cues: readonly Cue[]) =>
  [...cues].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));

const connected = new WeakMap<SessionStore, () => void>();

export function connectHandsFree(
  store: SessionStore,
  settings: SettingsStore,
  adapters: HandsFreeAdapters = browserAdapters(),
): () => void {
  // Connecting the same store twice (hot reload) would double every cue: the newer connection wins.
  connected.get(store)?.();

  const { speaker, chimes, vibration, wakeLock, mediaSession, page } = adapters;
  const voice = () => {
    const { voiceURI, rate, volume } = settings.getState();
    return { voiceURI, rate, volume };
  };

  // ---------- Cues: speech, chime, vibration ----------

  /** The end of the get-ready count being said, if one is: cues inside it wait their turn. */
  let countingTo: number | null = null;

  // The store hands on each cue once and only the current ones (`currentCues`), so every cue that
  // arrives here is given.
  const giveCues = (due: readonly Cue[], record: StoredSessionRecord, routine: Routine) => {
    const ranked = byPriority(due);
    const main = ranked[0];
    if (!main) return;
    const prefs = settings.getState();
    if (prefs.speech) {
      const context = { routine, easedBy: record.engine.easedBy, stopReason: record.engine.stopReason };
      const lines = due.flatMap((c) => linesForCue(c, context));
      // A step skipped to while paused starts when the get-ready count ends: say it after the count.
      const until = countingTo;
      const afterCount =
        until !== null && record.engine.getReadyUntil === until && due.every((c) => c.at <= until);
      const interrupt = !afterCount && due.some((c) => INTERRUPTS.has(c.kind));
      if (lines.length > 0) speaker.speak(lines, { ...voice(), interrupt });
    }
    if (prefs.chimes) {
      const ring = ranked.map((c) => chimeForCue[c.kind]).find((k) => k !== undefined);
      if (ring) chimes.play(ring, prefs.volume);
    }
    if (prefs.vibration) vibration.vibrate(main.kind);
  };

  const offCues = store.onCues((cues, record) => {
    giveCues(cues, record, record.routine);
  });

  // ---------- Status: wake lock, media session, get-ready count ----------

  let lastStatus: SessionStatus | null = null;
  let lastEasedBy = 0;
  let lastMediaKey = '';

  const actions = () => store.getState().actions;
  const handlers = {
    play: () => actions().resume(),
    pause: () => actions().pause(),
    nexttrack: () => actions().nextStep(),
    previoustrack: () => actions().previousStep(),
  };

  const updateMedia = (status: SessionStatus | null, record: StoredSessionRecord | null) => {
    const isLive = status === 'running' || status === 'paused';
    const key = isLive && record ? `${record.routine.id}:${record.engine.stepIndex}:${status}` : 'none';
    if (key === lastMediaKey) return;
    const wasLive = lastMediaKey !== '' && lastMediaKey !== 'none';
    lastMediaKey = key;
    if (!isLive || !record) {
      if (wasLive) {
        mediaSession.setHandlers(null);
        mediaSession.setMetadata(null);
      }
      mediaSession.setPlaybackState('none');
      return;
    }
    if (!wasLive) mediaSession.setHandlers(handlers);
    mediaSession.setPlaybackState(status === 'running' ? 'playing' : 'paused');
    const { routine } = record;
    const step = routine.steps[record.engine.stepIndex];
    mediaSession.setMetadata({ title: step?.name ?? routine.title, artist: routine.title });
  };

  const onState = (state: SessionStoreState) => {
    const { record } = state;
    const status = record && !state.stale ? record.engine.status : null;
    const before = lastStatus;
    const easedBy = record?.engine.easedBy ?? 0;
    // Asked for lighter: say so, or that nothing still to come can go any lighter.
    const ahead = record?.routine.steps.slice(record.engine.stepIndex) ?? [];
    const changes = ahead.some(
      (s) => effectivePressure(s.pressure, easedBy) !== effectivePressure(s.pressure, lastEasedBy),
    );
    const eased = easedBy > lastEasedBy ? (changes ? 'lighter' : 'lightest') : null;
    lastStatus = status;
    lastEasedBy = easedBy;

    if (status !== before) {
      if (status === 'running') wakeLock.acquire();
      else if (before === 'running') wakeLock.release();

      // Stop talking when the person pauses or stops; the end speaks for itself through its cue.
      if (before === 'running' && status !== 'finished') speaker.cancel();

      countingTo = null;
      if (before === 'paused' && status === 'running' && record?.engine.getReadyUntil != null) {
        countingTo = record.engine.getReadyUntil;
        if (settings.getState().speech)
          speaker.speak(getReadyLines({ eased }), { ...voice(), interrupt: true });
      }
    }
    updateMedia(status, record);
  };

  const offState = store.subscribe(onState);
  onState(store.getState());

  // The browser drops the wake lock whenever the page hides; ask again when it shows.
  const offPage = page.onChange((visible) => {
    if (visible && lastStatus === 'running') wakeLock.acquire();
  });

  // Speech switched off mid-sentence stops at once.
  const offSettings = settings.subscribe((now, before) => {
    if (before.speech && !now.speech) speaker.cancel();
  });

  let live = true;
  const disconnect = () => {
    if (!live) return;
    live = false;
    offCues();
    offState();
    offPage();
    offSettings();
    if (lastStatus === 'running') wakeLock.release();
    if (lastMediaKey !== '' && lastMediaKey !== 'none') {
      mediaSession.setHandlers(null);
      mediaSession.setMetadata(null);
      mediaSession.setPlaybackState('none');
    }
    if (connected.get(store) === disconnect) connected.delete(store);
  };
  connected.set(store, disconnect);
  return disconnect;
}
