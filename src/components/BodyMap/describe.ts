/** The body picture in words: its accessible name, and the sides it shows. */
import type { BodyArea, Side, Stroke } from '../../content/schema';
import { NO_PRESS_AREAS } from '../../lib/vocabulary';
import { areaLabel } from '../../lib/labels';

/**
 * Which half is being worked now when a step goes one side, then the other. The first side is the
 * person's left, which is also the picture's left (we look down at their back).
 */
export type ActiveSide = 'first' | 'second' | null;
export type Half = 'left' | 'right';

export const strokeWords: Record<Stroke, string> = {
  'glide-up': 'Gliding upward',
  'glide-down': 'Gliding downward',
  'glide-out': 'Gliding outward from the spine',
  circles: 'Small circles',
  kneading: 'Kneading',
  tapping: 'Light, quick tapping',
  rolling: 'Rolling slowly up and down',
  hold: 'Holding steady pressure',
  'pull-across': 'Pulling across toward the spine',
  still: 'Resting still',
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The areas to light up: no duplicates, in the order given, never a no-press zone. */
export function workedAreas(areas: readonly BodyArea[]): BodyArea[] {
  return [...new Set(areas)].filter((a) => !NO_PRESS_AREAS.includes(a));
}

/** The halves that get stroke marks, and whether each is worked now or waits its turn. */
export function halves(side: Side, activeSide: ActiveSide): { half: Half; now: boolean }[] {
  switch (side) {
    case 'left':
      return [{ half: 'left', now: true }];
    case 'right':
      return [{ half: 'right', now: true }];
    case 'each':
      if (activeSide === null)
        return [
          { half: 'left', now: true },
          { half: 'right', now: true },
        ];
      return [
        { half: 'left', now: activeSide === 'first' },
        { half: 'right', now: activeSide === 'second' },
      ];
    case 'both':
      return [
        { half: 'left', now: true },
        { half: 'right', now: true },
      ];
  }
}

function sideSentence(side: Side, activeSide: ActiveSide): string | null {
  switch (side) {
    case 'both':
      return null;
    case 'left':
      return 'Left side only.';
    case 'right':
      return 'Right side only.';
    case 'each':
      if (activeSide === null) return 'One side, then the other, left side first.';
      return `One side, then the other: now the ${activeSide === 'first' ? 'left' : 'right'} side.`;
  }
}

/**
 * "Gliding upward over: lower back, muscles beside the spine. No pressure on the spine or bones."
 * A title, when given, leads.
 */
export function describeBodyMap(opts: {
  areas: readonly BodyArea[];
  stroke: Stroke;
  side?: Side;
  activeSide?: ActiveSide;
  title?: string;
}): string {
  const worked = workedAreas(opts.areas).map((a) => lowerFirst(areaLabel[a]));
  const how = strokeWords[opts.stroke];
  const parts = [
    opts.title ? `${opts.title.trim().replace(/[.:]$/, '')}.` : null,
    worked.length ? `${how} over: ${worked.join(', ')}.` : `${how}.`,
    sideSentence(opts.side ?? 'both', opts.activeSide ?? null),
    'No pressure on the spine or bones.',
  ];
  return parts.filter(Boolean).join(' ');
}
