/**
 * The Speaker adapter over window.speechSynthesis. It works around the known faults of the platform:
 * - iOS only speaks after a first `speak()` inside a user gesture: `unlockAudio()` from the click handler;
 * - Chrome cuts long utterances (about 15 s): text is split into sentences and short chunks, queued;
 * - Chrome garbage-collects utterances mid-queue and its queue can stall: utterances are held until they
 *   end, a new step cancels what is queued, and a paused engine is resumed before speaking.
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
 * The saved voice if the device still has it; otherwise a local English voice, preferring the device's
 * own English (en-GB on a British phone), then any local English, then any English. Null: let the
 * browser choose.
 */
export function pickVoice<V extends VoiceInfo>(
  voices: readonly V[],
  voiceURI: string | null,
  deviceLang: string,
): V | null {
  if (voiceURI) {
    const saved = voices.find((v) => v.voiceURI === voiceURI);
    if (saved) return saved;
  }
  const english = voices.filter((v) => isEnglish(v.lang));
  const local = english.filter((v) => v.localService);
  const mine = (list: V[]) => (isEnglish(deviceLang) ? list.filter((v) => sameLang(v.lang, deviceLang)) : []);
  for (const list of [mine(local), local, mine(english), english]) {
    const found = list.find((v) => v.default) ?? list[0];
    if (found) return found;
  }
  return null;
}

function synthesis(): SpeechSynthesis | null {
  if (typeof window === 'undefined') return null;
  const synth = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  return synth && typeof window.SpeechSynthesisUtterance === 'function' ? synth : null;
}

const deviceLanguage = () => (typeof navigator === 'undefined' ? 'en' : (navigator.language ?? 'en'));

export function createBrowserSpeaker(): Speaker {
  // Chrome drops utterances that nothing references before they are spoken; hold them until they end.
  const inFlight = new Set<SpeechSynthesisUtterance>();
  const cancel = () => {
    const synth = synthesis();
    inFlight.clear();
    try {
      synth?.cancel();
    } catch {
      // A speech engine that throws is treated as no speech engine.
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
        const voice = pickVoice(synth.getVoices(), opts.voiceURI, deviceLanguage());
        for (const text of chunks) {
          const utterance = new window.SpeechSynthesisUtterance(text);
          if (voice) utterance.voice = voice;
          utterance.lang = voice?.lang ?? (isEnglish(deviceLanguage()) ? deviceLanguage() : 'en-GB');
          utterance.rate = opts.rate;
          utterance.volume = opts.volume;
          const done = () => inFlight.delete(utterance);
          utterance.onend = done;
          utterance.onerror = done;
          inFlight.add(utterance);
          synth.speak(utterance);
        }
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
