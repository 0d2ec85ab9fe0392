import { vi } from 'vitest';
import type { VoiceInfo } from '../../src/devices/speech';

/**
 * Stands in for the browser's speech engine (jsdom has none): records every call in order, and can
 * load voices later the way Chrome does. Undo with `vi.unstubAllGlobals()`.
 */
export function fakeSpeechSynthesis({ voices = [] as VoiceInfo[], paused = false } = {}) {
  const calls: string[] = [];
  const spoken: string[] = [];
  const listeners = new Set<() => void>();
  const synth = {
    paused,
    speaking: false,
    getVoices: () => voices,
    speak: (u: { text: string; rate: number }) => {
      spoken.push(u.text);
      calls.push(`speak ${u.text} @${u.rate}`);
    },
    cancel: () => calls.push('cancel'),
    resume: () => {
      calls.push('resume');
      synth.paused = false;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  class Utterance {
    voice: unknown = null;
    lang = '';
    rate = 1;
    volume = 1;
    onend: unknown = null;
    onerror: unknown = null;
    constructor(public text: string) {}
  }
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return {
    /** Every call to the engine, in order: `speak <text> @<rate>`, `cancel`, `resume`. */
    calls,
    /** What was said, blank lines left out. */
    spoken: () => spoken.filter((t) => t.trim() !== ''),
    /** The browser finished loading its voices. */
    loadVoices: (next: VoiceInfo[]) => {
      voices = next;
      listeners.forEach((l) => l());
    },
  };
}
