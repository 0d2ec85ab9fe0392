import type { Page } from '@playwright/test';
import { CHIME_NOTES } from '../../src/devices/chime';

/**
 * Hands-free in a real browser. Headless Chromium has no voices, no speaker and no wake lock to look at,
 * so speech, Web Audio, the wake lock and vibration are replaced by recorders before the app loads, and
 * a test reads back what the app said, rang, buzzed and locked, in order. The audio element and the
 * Media Session stay the browser's own: the recorder only writes down what the app asked of them.
 */

export interface Entry {
  type: 'speak' | 'cancel' | 'chime' | 'vibrate' | 'lock' | 'unlock';
  detail?: string | number[];
}

/** What the app asked of the audio element and the Media Session, in order. */
export interface MediaEntry {
  type: 'audio-play' | 'audio-pause' | 'metadata' | 'playback' | 'position' | 'handler';
  detail?: unknown;
}

export interface FakeVoice {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

export interface RecorderOptions {
  /** The device's voices; one local English voice unless told. */
  voices?: FakeVoice[];
  /** An utterance whose text contains this starts and never ends: Chrome's stuck queue. */
  hangOn?: string;
}

declare global {
  interface Window {
    __record: Entry[];
    /** What the fake speech engine began to say, in order: queued lines wait for the one before. */
    __aloud: string[];
    __media: MediaEntry[];
    /** Every audio element the page played, for a look at its state. */
    __audios: HTMLMediaElement[];
    /** The Media Session action handlers the app registered: what a lock screen or headset would call. */
    __mediaHandlers: Partial<Record<MediaSessionAction, (() => void) | null>>;
  }
}

export const LOCAL_VOICE: FakeVoice = {
  voiceURI: 'test-en-gb',
  name: 'Test English',
  lang: 'en-GB',
  localService: true,
  default: true,
};

export function installRecorders(page: Page, options: RecorderOptions = {}) {
  const { voices = [LOCAL_VOICE], hangOn = null } = options;
  return page.addInitScript(
    ({ voices, hangOn }) => {
      const record: Entry[] = [];
      window.__record = record;
      window.__aloud = [];
      window.__media = [];
      window.__audios = [];
      window.__mediaHandlers = {};

      // ---- Speech: an engine that writes down what it is asked to say and says it one line at a time,
      // about 60 ms a character, firing start and end as Chrome does.
      class FakeUtterance extends EventTarget {
        voice: unknown = null;
        lang = '';
        rate = 1;
        pitch = 1;
        volume = 1;
        onstart: (() => void) | null = null;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(public text = '') {
          super();
        }
      }
      const queue: FakeUtterance[] = [];
      let speaking: FakeUtterance | null = null;
      let ending: ReturnType<typeof setTimeout> | undefined;
      const startNext = () => {
        const next = queue[0];
        if (speaking || !next) return;
        speaking = next;
        if (next.text.trim() !== '' && next.volume > 0) window.__aloud.push(next.text);
        next.onstart?.();
        // A hung utterance: started, never ended, and everything queued behind it waits.
        if (hangOn !== null && next.text.includes(hangOn)) return;
        ending = setTimeout(
          () => {
            queue.shift();
            speaking = null;
            next.onend?.();
            startNext();
          },
          Math.max(100, (next.text.length * 60) / next.rate),
        );
      };
      const synth = {
        get speaking() {
          return speaking !== null;
        },
        pending: false,
        paused: false,
        onvoiceschanged: null,
        getVoices: () => voices,
        speak(u: FakeUtterance) {
          // The silent utterance that unlocks speech on iOS says nothing.
          if (u.text.trim() !== '' && u.volume > 0) record.push({ type: 'speak', detail: u.text });
          queue.push(u);
          startNext();
        },
        cancel() {
          record.push({ type: 'cancel' });
          clearTimeout(ending);
          queue.length = 0;
          speaking = null;
        },
        pause() {},
        resume() {},
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => true,
      };
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        configurable: true,
        writable: true,
        value: FakeUtterance,
      });

      // ---- Web Audio: each chime is the notes started in one go.
      let chime: number[] | null = null;
      const param = () => ({
        value: 0,
        setValueAtTime: () => undefined,
        linearRampToValueAtTime: () => undefined,
        exponentialRampToValueAtTime: () => undefined,
      });
      class FakeAudioContext {
        state = 'running';
        currentTime = 0;
        destination = {};
        resume = () => Promise.resolve();
        createGain = () => ({ gain: param(), connect: () => undefined });
        createBuffer = () => ({});
        createBufferSource = () => ({ buffer: null, connect: () => undefined, start: () => undefined });
        createOscillator() {
          const frequency = {
            ...param(),
            setValueAtTime(hz: number) {
              if (!chime) {
                chime = [];
                record.push({ type: 'chime', detail: chime });
                queueMicrotask(() => (chime = null));
              }
              chime.push(hz);
            },
          };
          return {
            type: 'sine',
            frequency,
            connect: () => undefined,
            start: () => undefined,
            stop: () => undefined,
          };
        }
      }
      Object.defineProperty(window, 'AudioContext', {
        configurable: true,
        writable: true,
        value: FakeAudioContext,
      });

      // ---- Screen Wake Lock.
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          async request() {
            record.push({ type: 'lock' });
            const sentinel = Object.assign(new EventTarget(), {
              type: 'screen',
              released: false,
              async release() {
                if (sentinel.released) return;
                sentinel.released = true;
                record.push({ type: 'unlock' });
                sentinel.dispatchEvent(new Event('release'));
              },
            });
            return sentinel;
          },
        },
      });

      // ---- Vibration.
      Object.defineProperty(navigator, 'vibrate', {
        configurable: true,
        value: (pattern: number | number[]) => {
          record.push({ type: 'vibrate', detail: ([] as number[]).concat(pattern) });
          return true;
        },
      });

      // ---- The audio element and the Media Session: the browser's own, watched.
      const media = window.__media;
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        media.push({ type: 'audio-play', detail: this.src });
        if (!window.__audios.includes(this)) window.__audios.push(this);
        return play.call(this);
      };
      const pause = HTMLMediaElement.prototype.pause;
      HTMLMediaElement.prototype.pause = function (this: HTMLMediaElement) {
        media.push({ type: 'audio-pause' });
        return pause.call(this);
      };
      const session = navigator.mediaSession;
      const proto = Object.getPrototypeOf(session) as MediaSession;
      const metadata = Object.getOwnPropertyDescriptor(proto, 'metadata')!;
      Object.defineProperty(session, 'metadata', {
        configurable: true,
        get: () => metadata.get!.call(session),
        set(value: MediaMetadata | null) {
          media.push({
            type: 'metadata',
            detail: value && { title: value.title, artist: value.artist, album: value.album },
          });
          metadata.set!.call(session, value);
        },
      });
      const playback = Object.getOwnPropertyDescriptor(proto, 'playbackState')!;
      Object.defineProperty(session, 'playbackState', {
        configurable: true,
        get: () => playback.get!.call(session),
        set(value: MediaSessionPlaybackState) {
          media.push({ type: 'playback', detail: value });
          playback.set!.call(session, value);
        },
      });
      const setPositionState = proto.setPositionState;
      session.setPositionState = (state?: MediaPositionState) => {
        media.push({ type: 'position', detail: state ?? null });
        // The browser's own checks still apply: a position past the end throws.
        setPositionState.call(session, state);
      };
      const setActionHandler = proto.setActionHandler;
      session.setActionHandler = (action: MediaSessionAction, handler: MediaSessionActionHandler | null) => {
        window.__mediaHandlers[action] = handler && (() => handler({ action }));
        setActionHandler.call(session, action, handler);
      };
    },
    { voices, hangOn },
  );
}

const chimeNames = new Map(Object.entries(CHIME_NOTES).map(([name, notes]) => [notes[0]!.frequency, name]));

/** What happened, one short line each: "say: Halfway.", "chime: step", "buzz: 60", "lock". */
export async function timeline(page: Page): Promise<string[]> {
  const record = await page.evaluate(() => window.__record);
  return record.map((e) => {
    switch (e.type) {
      case 'speak':
        return `say: ${e.detail as string}`;
      case 'chime':
        return `chime: ${chimeNames.get((e.detail as number[])[0]!) ?? '?'}`;
      case 'vibrate':
        return `buzz: ${(e.detail as number[]).join(',')}`;
      default:
        return e.type;
    }
  });
}

export const spoken = async (page: Page) => (await timeline(page)).filter((l) => l.startsWith('say: '));
export const clearRecord = (page: Page) =>
  page.evaluate(() => {
    window.__record.length = 0;
    window.__aloud.length = 0;
    window.__media.length = 0;
  });
