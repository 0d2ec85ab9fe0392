/**
 * The one place hands-free listens to the session. Cues become speech, a chime, a vibration and (if
 * chosen) a flash of the screen's edge; status changes drive the wake lock, the lock-screen controls and
 * the clip that keeps them showing; a resume says the get-ready count, then the step again. Every effect
 * is an adapter passed in, so a test records what would be said, rung, felt, flashed, played and locked.
 *
 * Nothing here runs each second: the lock screen's details change at step changes, pause and resume, and
 * its progress bar is moved on by the platform from the position given then.
 */
import type { Routine } from '../../content/schema';
import type { Cue, CueKind } from '../../engine/cues';
import type { SessionStatus } from '../../engine/session';
import type { SessionStore, SessionStoreState, StoredSessionRecord } from '../session';
import type { SettingsStore } from '../settings';
import { chimeForCue, chimes as appChimes, type Chimes } from '../../devices/chime';
import { createBrowserMediaSession, type MediaSessionAdapter } from '../../devices/mediaSession';
import { createBrowserSilentAudio, type SilentAudio } from '../../devices/silentAudio';
import { speaker as appSpeaker, type Speaker } from '../../devices/speech';
import { viewAt } from '../../engine/session';
import { createBrowserFlash, type Flash, type FlashKind } from './flash';
import { getReadyLines, linesForCue, type SpeechContext } from './speechScript';
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
  /** The near-silent loop that makes browsers show the lock-screen controls. */
  lockScreenAudio: SilentAudio;
  flash: Flash;
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
    // Makes its audio element only once a session runs.
    lockScreenAudio: createBrowserSilentAudio(),
    flash: createBrowserFlash(),
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

/** The cues that flash the screen's edge, if the person chose the flash. */
const FLASHES: Partial<Record<CueKind, FlashKind>> = { 'step-start': 'step', 'switch-sides': 'switch-sides' };

/** "Step 2 of 9 · 12 min left": where the session is, for the lock screen. */
export function sessionPlace(stepIndex: number, stepCount: number, remainingMs: number): string {
  const left = remainingMs < 60_000 ? 'under a minute left' : `${Math.ceil(remainingMs / 60_000)} min left`;
  return `Step ${stepIndex + 1} of ${stepCount} · ${left}`;
}

const connected = new WeakMap<SessionStore, () => void>();

export function connectHandsFree(
  store: SessionStore,
  settings: SettingsStore,
  adapters: HandsFreeAdapters = browserAdapters(),
): () => void {
  // Connecting the same store twice (hot reload) would double every cue: the newer connection wins.
  connected.get(store)?.();

  const { speaker, chimes, vibration, wakeLock, mediaSession, lockScreenAudio, flash, page } = adapters;
  const voice = () => {
    const { voiceURI, rate, volume, onlineVoice } = settings.getState();
    return { voiceURI, rate, volume, allowOnline: onlineVoice };
  };
  const speechContext = (record: StoredSessionRecord): SpeechContext => ({
    routine: record.routine,
    easedBy: record.engine.easedBy,
    stopReason: record.engine.stopReason,
  });

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
      const context = { ...speechContext(record), routine };
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
    if (prefs.flash) {
      const kind = ranked.map((c) => FLASHES[c.kind]).find((k) => k !== undefined);
      if (kind) flash.flash(kind);
    }
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

  const clearMedia = () => {
    lockScreenAudio.stop();
    mediaSession.setHandlers(null);
    mediaSession.setMetadata(null);
    mediaSession.setPosition(null);
  };

  /**
   * The lock screen follows the step, its length and the play state: each change sets it once. The
   * position given is where the step's clock will be, so after a resume it counts through the get-ready
   * count the way the step clock holds still for it.
   */
  const updateMedia = (status: SessionStatus | null, record: StoredSessionRecord | null) => {
    const wanted = settings.getState().lockScreen;
    const isLive = wanted && (status === 'running' || status === 'paused') && record !== null;
    const engine = record?.engine;
    const key =
      isLive && engine
        ? `${record.routine.id}:${engine.stepIndex}:${status}:${engine.stepStartedAt}:${engine.stepExtraMs}`
        : 'none';
    if (key === lastMediaKey) return;
    const wasLive = lastMediaKey !== '' && lastMediaKey !== 'none';
    lastMediaKey = key;
    if (!isLive || !record) {
      if (wasLive) clearMedia();
      mediaSession.setPlaybackState('none');
      return;
    }
    if (status === 'running') lockScreenAudio.play();
    else lockScreenAudio.stop();
    if (!wasLive) mediaSession.setHandlers(handlers);
    mediaSession.setPlaybackState(status === 'running' ? 'playing' : 'paused');
    const { routine } = record;
    const view = viewAt(record.engine, store.clock.now());
    const step = routine.steps[view.stepIndex];
    mediaSession.setMetadata({
      title: step?.name ?? routine.title,
      artist: routine.title,
      album: sessionPlace(view.stepIndex, view.stepCount, view.sessionRemainingMs),
    });
    mediaSession.setPosition({
      durationMs: view.stepDurationMs,
      positionMs: Math.max(0, view.stepElapsedMs - view.getReadyMs),
    });
  };

  const onState = (state: SessionStoreState, previous?: SessionStoreState) => {
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
        // The step is said again after the count: a phone may have dropped it (Android's pause() is a
        // cancel()), and the giver may have forgotten it. A step chosen while paused is said by its cue.
        const held = previous?.record?.engine;
        const said = held?.stepIndex === record.engine.stepIndex && held.firedCues.includes('step-start');
        const again = said
          ? linesForCue({ kind: 'step-start', stepIndex: record.engine.stepIndex }, speechContext(record))
          : [];
        if (settings.getState().speech)
          speaker.speak([...getReadyLines({ eased }), ...again], { ...voice(), interrupt: true });
      }
    }
    updateMedia(status, record);
  };

  const liveRecord = () => {
    const { record, stale } = store.getState();
    return stale ? null : record;
  };

  const offState = store.subscribe(onState);
  onState(store.getState());

  // The browser drops the wake lock whenever the page hides; ask again when it shows.
  const offPage = page.onChange((visible) => {
    if (visible && lastStatus === 'running') wakeLock.acquire();
  });

  const offSettings = settings.subscribe((now, before) => {
    // Speech switched off mid-sentence stops at once.
    if (before.speech && !now.speech) speaker.cancel();
    // Lock-screen controls switched on or off mid-session show or go at once.
    if (before.lockScreen !== now.lockScreen) updateMedia(lastStatus, liveRecord());
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
      clearMedia();
      mediaSession.setPlaybackState('none');
    }
    if (connected.get(store) === disconnect) connected.delete(store);
  };
  connected.set(store, disconnect);
  return disconnect;
}
