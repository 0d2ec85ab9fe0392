/**
 * The Media Session API: the lock screen, a headset or a watch shows the step and can pause, resume and
 * skip. Browsers without it are left alone. Chrome and Safari show the controls only while the page plays
 * a media element: silentAudio.ts keeps one playing while a session runs.
 *
 * The position is set at step changes, pause and resume only: with a playback rate of 1 the platform moves
 * the lock screen's progress bar on by itself, so nothing here runs each second.
 */
export type MediaPlayback = 'playing' | 'paused' | 'none';

export interface MediaInfo {
  /** The step being worked. */
  title: string;
  /** The routine. */
  artist: string;
  /** Where the session is: "Step 2 of 9 · 12 min left". */
  album: string;
}

/** The current step's progress, for the lock screen's bar. */
export interface MediaPosition {
  durationMs: number;
  positionMs: number;
}

export interface MediaHandlers {
  play(): void;
  pause(): void;
  nexttrack(): void;
  previoustrack(): void;
}

export interface MediaSessionAdapter {
  setMetadata(info: MediaInfo | null): void;
  setPlaybackState(state: MediaPlayback): void;
  /** Null clears it. */
  setPosition(position: MediaPosition | null): void;
  /** Null removes the handlers. */
  setHandlers(handlers: MediaHandlers | null): void;
}

const ACTIONS = ['play', 'pause', 'nexttrack', 'previoustrack'] as const;

function mediaSession(): MediaSession | null {
  if (typeof navigator === 'undefined') return null;
  return (navigator as { mediaSession?: MediaSession }).mediaSession ?? null;
}

export function createBrowserMediaSession(): MediaSessionAdapter {
  return {
    setMetadata(info) {
      const session = mediaSession();
      if (!session) return;
      try {
        session.metadata =
          info && typeof MediaMetadata === 'function'
            ? new MediaMetadata({
                title: info.title,
                artist: info.artist,
                album: info.album,
                artwork: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
              })
            : null;
      } catch {
        // Metadata is decoration.
      }
    },
    setPlaybackState(state) {
      const session = mediaSession();
      if (!session) return;
      try {
        session.playbackState = state;
      } catch {
        // Older implementations have no playbackState.
      }
    },
    setPosition(position) {
      const session = mediaSession();
      if (!session || typeof session.setPositionState !== 'function') return;
      try {
        if (!position || !(position.durationMs > 0)) {
          session.setPositionState();
          return;
        }
        const duration = position.durationMs / 1000;
        session.setPositionState({
          duration,
          position: Math.min(duration, Math.max(0, position.positionMs / 1000)),
          playbackRate: 1,
        });
      } catch {
        // An older implementation without position state: the controls still work.
      }
    },
    setHandlers(handlers) {
      const session = mediaSession();
      if (!session) return;
      for (const action of ACTIONS) {
        try {
          session.setActionHandler(action, handlers ? () => handlers[action]() : null);
        } catch {
          // Each action is optional; a browser that refuses one still gets the others.
        }
      }
    },
  };
}
