/**
 * A near-silent clip played on a loop while a session runs. Chrome and Safari show Media Session controls
 * (lock screen, notification shade, headset buttons, a watch) only while the page plays a media element;
 * Web Audio and speech don't count. The clip also tells Chromium on Android that the page is playing,
 * so it is not frozen with the screen off.
 *
 * The file (public/sounds/hush.wav) is 6 s of 16-bit mono PCM at 8 kHz, silent but for a one-step blip
 * every 50 ms (−96 dBFS: not digital zero, never heard). It is same-origin, as the Content-Security-Policy
 * (`media-src 'self'`) requires, and precached by the service worker. Six seconds because Chrome on
 * Android offers controls only for media of five seconds or more.
 *
 * The element is made on the first `play()`, so plain pages never have one.
 */
export const SILENT_CLIP_URL = '/sounds/hush.wav';

export interface SilentAudio {
  /** Starts (or keeps) the loop; no-op where the page can't play media. */
  play(): void;
  /** Pauses the loop; it starts where it was on the next `play()`. */
  stop(): void;
}

/** Input that counts as a user gesture, for a retry after the browser refused to play. */
const GESTURES = ['pointerdown', 'keydown'] as const;

export function createBrowserSilentAudio(src: string = SILENT_CLIP_URL): SilentAudio {
  let element: HTMLAudioElement | null = null;
  let wanted = false;
  let retryArmed = false;

  const get = (): HTMLAudioElement | null => {
    if (element) return element;
    if (typeof window === 'undefined' || typeof window.Audio !== 'function') return null;
    element = new window.Audio(src);
    element.loop = true;
    element.preload = 'auto';
    return element;
  };

  // A page reloaded mid-session has no user gesture yet: the browser refuses to play until the next
  // tap or key, so try again then (once).
  const retry = () => {
    disarm();
    if (wanted) start();
  };
  const arm = () => {
    if (retryArmed || typeof window === 'undefined') return;
    retryArmed = true;
    for (const type of GESTURES) window.addEventListener(type, retry, { capture: true, passive: true });
  };
  const disarm = () => {
    if (!retryArmed) return;
    retryArmed = false;
    for (const type of GESTURES) window.removeEventListener(type, retry, { capture: true });
  };

  const start = () => {
    const audio = get();
    if (!audio || !audio.paused) return;
    try {
      const played = audio.play();
      played?.catch?.(() => {
        if (wanted) arm();
      });
    } catch {
      // No media playback here: the session runs without lock-screen controls.
    }
  };

  return {
    play() {
      wanted = true;
      start();
    },
    stop() {
      wanted = false;
      disarm();
      if (!element || element.paused) return;
      try {
        element.pause();
      } catch {
        // Nothing playing after all.
      }
    },
  };
}
