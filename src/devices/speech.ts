/**
 * The Speaker adapter over window.speechSynthesis. It works around the known faults of the platform:
 * - iOS only speaks after a first `speak()` inside a user gesture: `unlockAudio()` from the click handler;
 * - Chrome loads its voices late: lines asked for before any voice is listed wait for 'voiceschanged'
 *   (at most VOICES_WAIT_MS), so the first step isn't said in whatever voice the browser falls back on;
 * - Chrome cuts long utterances (about 15 s): text is split into sentences and short chunks, queued;
 * - Chrome garbage-collects utterances mid-queue and its queue can stall: utterances are held until they
 *   end, a new step cancels what is queued, a paused engine is resumed before speaking, and a watchdog
 *   cancels an utterance whose end never comes, so what was queued after it is still said.
 * Voices that run online send the text to another company's server and fail offline: they are used only
 * when the person allowed it (`allowOnline`); with no voice allowed, nothing is said.
 * Where speechSynthesis is missing it does nothing, silently.
 */
import { resumeChimes } from './chime';
import { splitSentences } from '../lib/sentences';

export interface SpeakOptions {
  /** The saved voice; null (or a voice no longer on the device) picks a sensible default. */
  voiceURI: string | null;
  /** 0.7–1.3. */
  rate: number;
  /** 0–1. */
  volume: number;
  /** Drop whatever is still queued or being said before these lines (a new step, the end). */
  interrupt?: boolean;
  /** May a voice that runs online (`localService: false`) be used? Off unless the person said so. */
  allowOnline?: boolean;
}

export interface Speaker {
  speak(lines: readonly string[], opts: SpeakOptions): void;
  cancel(): void;
  available(): boolean;
}

/** The parts of a voice the app looks at; SpeechSynthesisVoice fits it. */
export interface VoiceInfo {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** Chrome stops reading somewhere past 200–300 characters; stay well under. */
export const MAX_CHUNK = 160;

/** Lines → short chunks: one per sentence, long sentences broken at commas, then at spaces. */
export function chunkLines(lines: readonly string[], max = MAX_CHUNK): string[] {
  const chunks: string[] = [];
  for (const line of lines) {
    for (const sentence of splitSentences(line)) {
      if (sentence.length <= max) {
        chunks.push(sentence);
        continue;
      }
      let current = '';
      for (const part of sentence.split(/(?<=[,;:])\s+|\s+/)) {
        const joined = current ? `${current} ${part}` : part;
        if (joined.length > max && current) {
          chunks.push(current);
          current = part;
        } else current = joined;
      }
      if (current) chunks.push(current);
    }
  }
  return chunks;
}

const isEnglish = (lang: string) => /^en([-_]|$)/i.test(lang);
const sameLang = (a: string, b: string) =>
  a.replace('_', '-').toLowerCase() === b.replace('_', '-').toLowerCase();

/**
 * The voice to speak with, among those allowed (only voices on the device unless `allowOnline`): the
 * saved voice if it is still there; otherwise a local English voice, preferring the device's own English
 * (en-GB on a British phone), then any local English, then (if allowed) any English. Where online voices
 * exist but are not allowed, any local voice rather than none, or the browser might pick an online one.
 * Null: no allowed voice suits; see `mustStaySilent` for whether the browser may choose.
 */
export function pickVoice<V extends VoiceInfo>(
  voices: readonly V[],
  voiceURI: string | null,
  deviceLang: string,
  { allowOnline = false }: { allowOnline?: boolean } = {},
): V | null {
  const allowed = allowOnline ? voices : voices.filter((v) => v.localService);
  if (voiceURI) {
    const saved = allowed.find((v) => v.voiceURI === voiceURI);
    if (saved) return saved;
  }
  const english = allowed.filter((v) => isEnglish(v.lang));
  const local = english.filter((v) => v.localService);
  const mine = (list: V[]) => (isEnglish(deviceLang) ? list.filter((v) => sameLang(v.lang, deviceLang)) : []);
  for (const list of [mine(local), local, mine(english), english]) {
    const found = list.find((v) => v.default) ?? list[0];
    if (found) return found;
  }
  if (!allowOnline && allowed.length < voices.length)
    return allowed.find((v) => v.default) ?? allowed[0] ?? null;
  return null;
}

/** Every voice the device lists runs online: without the person's say-so, nothing may be spoken. */
export const onlyOnlineVoices = (voices: readonly VoiceInfo[]): boolean =>
  voices.length > 0 && voices.every((v) => !v.localService);

/**
 * True when no voice may be used: the device lists voices, none allowed. (With no list at all the
 * browser chooses, as it would have to anyway.)
 */
export function mustStaySilent(voice: VoiceInfo | null, voices: readonly VoiceInfo[], allowOnline: boolean) {
  return voice === null && !allowOnline && voices.some((v) => !v.localService);
}

function synthesis(): SpeechSynthesis | null {
  if (typeof window === 'undefined') return null;
  const synth = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  return synth && typeof window.SpeechSynthesisUtterance === 'function' ? synth : null;
}

const deviceLanguage = () => (typeof navigator === 'undefined' ? 'en' : (navigator.language ?? 'en'));

/** How long the first lines wait for Chrome to list its voices before they are said anyway. */
export const VOICES_WAIT_MS = 1500;

/**
 * How long one chunk may take before it counts as hung: generous (slow voices, a slow rate), yet well
 * short of the whole step. About 15 characters a second at rate 1; a 160-character chunk at the slowest
 * rate gets half a minute.
 */
export function hungAfterMs(text: string, rate: number): number {
  return Math.round((4000 + text.length * 120) / Math.max(0.5, rate));
}

interface Voicing {
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
  volume: number;
}

export function createBrowserSpeaker(): Speaker {
  // Chrome drops utterances that nothing references before they are spoken: they are held here, in the
  // order they were queued, until they end. The first is the one being said (or due next).
  const queue: SpeechSynthesisUtterance[] = [];
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  /** Lines held while the browser loads its voices, and the timer that stops the wait. */
  let held: { lines: string[]; opts: SpeakOptions } | null = null;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  let voicesSettled = false;

  const clearWatchdog = () => {
    clearTimeout(watchdog);
    watchdog = undefined;
  };

  /** Watches the head of the queue: if its end never comes, it is cancelled and the rest said. */
  const watchHead = () => {
    clearWatchdog();
    const head = queue[0];
    if (!head) return;
    watchdog = setTimeout(() => hung(head), hungAfterMs(head.text, head.rate));
  };

  const hung = (utterance: SpeechSynthesisUtterance) => {
    if (queue[0] !== utterance) return;
    const rest = queue.slice(1);
    queue.length = 0;
    clearWatchdog();
    const synth = synthesis();
    if (!synth) return;
    try {
      synth.cancel();
      for (const u of rest)
        enqueue(synth, u.text, { voice: u.voice, lang: u.lang, rate: u.rate, volume: u.volume });
    } catch {
      // A speech engine that throws is treated as no speech engine.
    }
  };

  const enqueue = (synth: SpeechSynthesis, text: string, voicing: Voicing) => {
    const utterance = new window.SpeechSynthesisUtterance(text);
    if (voicing.voice) utterance.voice = voicing.voice;
    utterance.lang = voicing.lang;
    utterance.rate = voicing.rate;
    utterance.volume = voicing.volume;
    const done = () => {
      const at = queue.indexOf(utterance);
      if (at === -1) return;
      queue.splice(at, 1);
      if (at === 0) watchHead();
    };
    utterance.onend = done;
    utterance.onerror = done;
    // The wait starts again from the moment it is really being said.
    utterance.onstart = () => {
      if (queue[0] === utterance) watchHead();
    };
    queue.push(utterance);
    synth.speak(utterance);
    if (queue.length === 1) watchHead();
  };

  const dropHeld = () => {
    held = null;
    clearTimeout(holdTimer);
    holdTimer = undefined;
  };

  const cancel = () => {
    const synth = synthesis();
    queue.length = 0;
    clearWatchdog();
    dropHeld();
    try {
      synth?.cancel();
    } catch {
      // A speech engine that throws is treated as no speech engine.
    }
  };

  const say = (synth: SpeechSynthesis, chunks: readonly string[], opts: SpeakOptions) => {
    const voices = synth.getVoices();
    const allowOnline = opts.allowOnline ?? false;
    const voice = pickVoice(voices, opts.voiceURI, deviceLanguage(), { allowOnline });
    if (mustStaySilent(voice, voices, allowOnline)) return;
    const lang = voice?.lang ?? (isEnglish(deviceLanguage()) ? deviceLanguage() : 'en-GB');
    for (const text of chunks) enqueue(synth, text, { voice, lang, rate: opts.rate, volume: opts.volume });
  };

  /** The voices arrived, or the wait is over: say what was held. */
  const releaseHeld = () => {
    voicesSettled = true;
    const synth = synthesis();
    const waiting = held;
    dropHeld();
    synth?.removeEventListener?.('voiceschanged', releaseHeld);
    if (!synth || !waiting) return;
    try {
      say(synth, waiting.lines, waiting.opts);
    } catch {
      // Nothing to say about it: the chimes and the screen still carry the cue.
    }
  };

  return {
    available: () => synthesis() !== null,
    cancel,
    speak(lines, opts) {
      const synth = synthesis();
      if (!synth) return;
      const chunks = chunkLines(lines);
      if (chunks.length === 0) return;
      try {
        if (opts.interrupt) cancel();
        // A queue Chrome left paused (tab hidden, audio focus lost) would swallow everything after it.
        if (synth.paused) synth.resume();
        if (!voicesSettled && synth.getVoices().length > 0) voicesSettled = true;
        if (!voicesSettled) {
          // Chrome lists no voices until it has loaded them: hold the lines for a moment.
          if (held) held.lines.push(...chunks);
          else {
            held = { lines: [...chunks], opts };
            synth.addEventListener?.('voiceschanged', releaseHeld);
            holdTimer = setTimeout(releaseHeld, VOICES_WAIT_MS);
          }
          return;
        }
        say(synth, chunks, opts);
      } catch {
        // Nothing to say about it: the chimes and the screen still carry the cue.
      }
    },
  };
}

/** The app's one speaker, shared by the session and the "Test voice" button. */
export const speaker: Speaker = createBrowserSpeaker();

let speechUnlocked = false;

/**
 * Call from the click handlers that start or resume a session ("Continue", "Resume"). iOS Safari only
 * lets a page speak or play sound after it did so inside a user gesture, and an AudioContext made
 * outside one starts suspended. Safe to call often; does nothing where there is no speech or sound.
 */
export function unlockAudio(): void {
  resumeChimes();
  const synth = synthesis();
  if (!synth || speechUnlocked) return;
  speechUnlocked = true;
  try {
    if (synth.paused) synth.resume();
    // A silent, near-empty utterance: it unlocks speech without saying anything.
    const silent = new window.SpeechSynthesisUtterance(' ');
    silent.volume = 0;
    synth.speak(silent);
  } catch {
    // No speech here; chimes and vibration still work.
  }
}

// ---------- The device's voices, for the settings screen ----------

const NO_VOICES: readonly VoiceInfo[] = Object.freeze([]);
let voicesSnapshot: readonly VoiceInfo[] = NO_VOICES;
let voicesRead = false;
const voiceListeners = new Set<() => void>();

function readVoices(): readonly VoiceInfo[] {
  const synth = synthesis();
  if (!synth) return NO_VOICES;
  try {
    const voices = synth.getVoices().map(({ voiceURI, name, lang, localService, default: isDefault }) => ({
      voiceURI,
      name,
      lang,
      localService,
      default: isDefault,
    }));
    return voices.length > 0 ? voices : NO_VOICES;
  } catch {
    return NO_VOICES;
  }
}

const sameVoices = (a: readonly VoiceInfo[], b: readonly VoiceInfo[]) =>
  a.length === b.length && a.every((v, i) => v.voiceURI === b[i]?.voiceURI && v.name === b[i]?.name);

/** Re-reads the voices; listeners hear only of a real change. */
function refreshVoices() {
  voicesRead = true;
  const fresh = readVoices();
  if (sameVoices(fresh, voicesSnapshot)) return;
  voicesSnapshot = fresh;
  voiceListeners.forEach((l) => l());
}

/** The voices on this device; the same array until they change (for useSyncExternalStore). */
export function getVoicesSnapshot(): readonly VoiceInfo[] {
  if (!voicesRead) refreshVoices();
  return voicesSnapshot;
}

/** The speech engine whose 'voiceschanged' is being listened to, while anyone is subscribed. */
let watched: SpeechSynthesis | null = null;

/** Calls back when the browser has loaded (or changed) its voices; Chrome loads them late. */
export function subscribeVoices(onChange: () => void): () => void {
  voiceListeners.add(onChange);
  const synth = synthesis();
  if (!watched && synth && typeof synth.addEventListener === 'function') {
    watched = synth;
    synth.addEventListener('voiceschanged', refreshVoices);
  }
  // Voices may have arrived between the first read and subscribing.
  refreshVoices();
  return () => {
    voiceListeners.delete(onChange);
    if (voiceListeners.size === 0 && watched) {
      watched.removeEventListener('voiceschanged', refreshVoices);
      watched = null;
    }
  };
}

export const speechSupported = () => synthesis() !== null;
