/**
 * Soft chimes made with the Web Audio API: sine oscillators under a gentle envelope, no audio files.
 * A bell-like tone for a new step, two tones for "switch sides", a short tick for ten seconds left
 * and a slow falling three-note close for the end. The receiver's chime, two quick rising notes, tells
 * the giver that the person lying down asked for something.
 */
import type { CueKind } from '../engine/cues';

export type ChimeKind = 'step' | 'switch-sides' | 'ten-seconds' | 'finished' | 'receiver';

export interface Chimes {
  play(kind: ChimeKind, volume: number): void;
  available(): boolean;
}

interface Note {
  /** Hz. */
  frequency: number;
  /** Seconds after the chime starts. */
  at: number;
  /** Seconds the note takes to fade. */
  decay: number;
  /** Peak level, 0–1, before the volume setting. */
  level: number;
}

/** The notes of each chime; soft, in a pentatonic-ish range a quiet room tolerates. */
export const CHIME_NOTES: Record<ChimeKind, readonly Note[]> = {
  step: [
    { frequency: 659.25, at: 0, decay: 1.4, level: 0.22 },
    { frequency: 1318.5, at: 0, decay: 0.8, level: 0.05 },
  ],
  'switch-sides': [
    { frequency: 523.25, at: 0, decay: 0.7, level: 0.2 },
    { frequency: 783.99, at: 0.28, decay: 1.0, level: 0.2 },
  ],
  'ten-seconds': [{ frequency: 987.77, at: 0, decay: 0.35, level: 0.12 }],
  finished: [
    { frequency: 783.99, at: 0, decay: 1.6, level: 0.18 },
    { frequency: 659.25, at: 0.35, decay: 1.8, level: 0.18 },
    { frequency: 523.25, at: 0.7, decay: 2.6, level: 0.2 },
  ],
  // Short and bright, rising a fourth in a tenth of a second: a call, not a bell.
  receiver: [
    { frequency: 880, at: 0, decay: 0.25, level: 0.18 },
    { frequency: 1174.66, at: 0.11, decay: 0.45, level: 0.18 },
  ],
};

/** Which chime a cue rings, if any: check-ins and "halfway" are left to the voice and vibration. */
export const chimeForCue: Partial<Record<CueKind, ChimeKind>> = {
  'step-start': 'step',
  'switch-sides': 'switch-sides',
  'ten-seconds': 'ten-seconds',
  finished: 'finished',
};

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return w.AudioContext ?? w.webkitAudioContext ?? null;
}

const ATTACK_S = 0.015;
const SILENT = 0.0001;

function ring(context: AudioContext, notes: readonly Note[], volume: number) {
  const start = context.currentTime + 0.02;
  for (const note of notes) {
    const begin = start + note.at;
    const peak = Math.max(SILENT * 2, note.level * volume);
    const oscillator = context.createOscillator();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(note.frequency, begin);
    const gain = context.createGain();
    // A soft attack and a long exponential fade: a struck bell, not a beep.
    gain.gain.setValueAtTime(SILENT, begin);
    gain.gain.linearRampToValueAtTime(peak, begin + ATTACK_S);
    gain.gain.exponentialRampToValueAtTime(SILENT, begin + ATTACK_S + note.decay);
    oscillator.connect(gain);
    gain.connect(context.destination);
    oscillator.start(begin);
    oscillator.stop(begin + ATTACK_S + note.decay + 0.05);
  }
}

export function createWebAudioChimes(): Chimes & { resume(): void } {
  let context: AudioContext | null = null;
  const get = (): AudioContext | null => {
    if (context) return context;
    const Ctor = audioContextClass();
    if (!Ctor) return null;
    try {
      context = new Ctor();
    } catch {
      return null;
    }
    return context;
  };
  let primed = false;
  const resume = () => {
    const ctx = get();
    if (!ctx) return;
    try {
      if (ctx.state !== 'running') ctx.resume().catch(() => undefined);
      if (primed) return;
      primed = true;
      // Older iOS only unmutes Web Audio once something has played inside the gesture: one silent sample.
      const source = ctx.createBufferSource();
      source.buffer = ctx.createBuffer(1, 1, 22_050);
      source.connect(ctx.destination);
      source.start(0);
    } catch {
      // Nothing to unlock.
    }
  };
  return {
    available: () => audioContextClass() !== null,
    resume,
    play(kind, volume) {
      if (volume <= 0) return;
      const ctx = get();
      if (!ctx) return;
      try {
        // Outside a gesture this may not take; a chime missed is better than an error.
        if (ctx.state !== 'running') ctx.resume().catch(() => undefined);
        ring(ctx, CHIME_NOTES[kind], Math.min(1, volume));
      } catch {
        // Sound is a nicety; the session goes on without it.
      }
    },
  };
}

const webAudioChimes = createWebAudioChimes();

/** The app's one set of chimes (one AudioContext per page). */
export const chimes: Chimes = webAudioChimes;

/** Resumes (or creates) the AudioContext; call inside a user gesture. `unlockAudio()` does. */
export const resumeChimes = () => webAudioChimes.resume();
