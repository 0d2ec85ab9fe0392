/**
 * The receiver's panel, as rules: what each tap does to the step's pressure, what the giver hears, and
 * what is shown. The step's written pressure is as firm as it ever goes; the receiver can take it down
 * to light and back up to that, for this step only. Pure: no store, no speech.
 */
import type { Pressure } from '../../content/schema';
import { effectivePressure } from '../../lib/labels';
import type { ReceiverAsk } from '../../storage/records/session';

export type { ReceiverAsk };

const LEVELS: readonly Pressure[] = ['light', 'medium', 'firm'];

/** The pressure this step is worked at: as written, eased for the session, moved by the receiver. */
export function shownPressure(written: Pressure, easedBy: number, nudge: number): Pressure {
  const top = LEVELS.indexOf(written);
  const eased = LEVELS.indexOf(effectivePressure(written, easedBy));
  return LEVELS[Math.max(0, Math.min(top, eased + nudge))]!;
}

export interface PressureAnswer {
  /** The step's nudge after the tap. */
  nudge: number;
  /** What the giver hears. */
  said: string;
}

/** "Lighter", "Just right" or "Firmer" on a step written at `written`, already eased and nudged. */
export function answerPressure(
  ask: 'lighter' | 'just-right' | 'firmer',
  written: Pressure,
  easedBy: number,
  nudge: number,
): PressureAnswer {
  const now = shownPressure(written, easedBy, nudge);
  if (ask === 'just-right') return { nudge, said: 'That’s just right.' };
  const step = ask === 'lighter' ? -1 : 1;
  const next = shownPressure(written, easedBy, nudge + step);
  if (next === now) {
    return {
      nudge,
      said:
        ask === 'lighter'
          ? 'That’s as light as this step goes. Keep it feather-light, or stop.'
          : 'That’s as firm as this step goes.',
    };
  }
  // The nudge is kept to what it changes: a tap past a limit does not bank levels for later.
  return { nudge: nudge + step, said: ask === 'lighter' ? 'Go lighter.' : 'A little firmer.' };
}

/** What the giver hears for the other taps. */
export const SAID: Record<'pause' | 'resume' | 'stop', string> = {
  pause: 'The receiver paused.',
  resume: 'The receiver is ready: carry on.',
  stop: 'The receiver pressed Stop.',
};

/** The line under the pressure once the receiver has moved it, in the words the giver also hears. */
export function nudgedPressureLine(written: Pressure, easedBy: number, nudge: number): string | null {
  if (nudge === 0) return null;
  const shown = shownPressure(written, easedBy, nudge);
  const label = shown === 'light' ? 'Light' : shown === 'medium' ? 'Medium' : 'Firm';
  const top = shown === written;
  if (nudge > 0)
    return `${label}, firmer as the receiver asked.${top ? ' That’s as firm as this step goes.' : ''}`;
  return `${label}, lighter as the receiver asked.`;
}
