/**
 * The Media Session API: the lock screen, a headset or a watch shows the step and can pause, resume and
 * skip. Browsers without it are left alone. (Chrome shows media controls only while the page plays media,
 * so this mostly helps where the platform offers them; the handlers cost nothing elsewhere.)
 */
export type MediaPlayback = 'playing' | 'paused' | 'none';

export interface MediaInfo {
  /** The step being worked. */
  title: string;
  /** The routine. */
  artist: string;
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
                album: 'Unknot',
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
