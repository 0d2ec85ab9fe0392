import type { Routine, Step } from '../../src/content/schema';

const baseStep: Step = {
  id: 'glide',
  technique: 'effleurage',
  name: 'Flat-hand gliding',
  instruction: 'Glide both hands up from the hips to the middle of the back.',
  duration: { default: 60, min: 30, max: 120 },
  pressure: 'light',
  pressureCue: 'Light and even.',
  contact: 'flat-hands',
  bodyAreas: ['lower-back'],
  side: 'both',
  stroke: 'glide-up',
  safety: [],
  seeds: ['000'],
};

/** A two-minute routine with plain numbers, so store and screen tests can reason about time. */
export const testRoutine: Routine = {
  id: 'test-routine',
  title: 'Test routine',
  summary: 'Two steps for tests.',
  who: 'partner',
  position: 'face-down',
  tools: ['Massage oil'],
  minutes: { min: 1, max: 5 },
  setup: [{ text: 'Lie face down on a firm surface.', seeds: ['000'] }],
  steps: [
    baseStep,
    {
      ...baseStep,
      id: 'thumbs',
      technique: 'thumb-circles',
      name: 'Thumb circles',
      instruction: 'Small thumb circles beside the spine, one side then the other.',
      pressure: 'firm',
      pressureCue: 'Firm, but never on the spine.',
      contact: 'thumbs',
      bodyAreas: ['beside-spine'],
      stroke: 'circles',
      checkIn: 'Ask: how is the pressure?',
    },
  ],
  closing: [{ text: 'Drape a towel and let them rest.', seeds: ['004'] }],
  contraindications: [],
  seeds: ['000'],
};
