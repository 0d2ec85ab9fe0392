import { vi } from 'vitest';
import type { VoiceInfo } from '../../src/devices/speech';

export interface FakeUtterance {
  text: string;
  voice: VoiceInfo | null;
  lang: string;
  rate: number;
  volume: number;
  onstart: (() => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
}

/**
 * Stands in for the browser's speech engine (jsdom has none): records every call in order, and can
 * load voices later the way Chrome does. Utterances stay queued until the test says one started or
 * ended (`startNext`, `endNext`), so a hung utterance is one the test never ends. Undo with
 * `vi.unstubAllGlobals()`.
 */
export function fakeSpeechSynthesis({ voices = [] as VoiceInfo[], paused = false } = {}) {
  const calls: string[] = [];
  const spoken: string[] = [];
  const utterances: FakeUtterance[] = [];
  /** Queued and not yet ended, oldest first. */
  const queue: FakeUtterance[] = [];
  const listeners = new Set<() => void>();
  const synth = {
    paused,
    speaking: false,
    getVoices: () => voices,
    speak: (u: FakeUtterance) => {
      spoken.push(u.text);
      utterances.push(u);
      queue.push(u);
      calls.push(`speak ${u.text} @${u.rate}`);
    },
    cancel: () => {
      queue.length = 0;
      calls.push('cancel');
    },
    resume: () => {
      calls.push('resume');
      synth.paused = false;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  class Utterance implements FakeUtterance {
    voice: VoiceInfo | null = null;
    lang = '';
    rate = 1;
    volume = 1;
    onstart: (() => void) | null = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return {
    /** Every call to the engine, in order: `speak <text> @<rate>`, `cancel`, `resume`. */
    calls,
    /** What was said, blank lines left out. */
    spoken: () => spoken.filter((t) => t.trim() !== ''),
    /** Every utterance handed to the engine, with the voice and language it was given. */
    utterances,
    /** The browser finished loading its voices. */
    loadVoices: (next: VoiceInfo[]) => {
      voices = next;
      listeners.forEach((l) => l());
    },
    /** The engine began saying the utterance at the head of its queue. */
    startNext: () => queue[0]?.onstart?.(),
    /** The engine finished it: its `end` event fires and the next is due. */
    endNext: () => {
      const u = queue.shift();
      u?.onend?.();
      return u?.text;
    },
  };
}
