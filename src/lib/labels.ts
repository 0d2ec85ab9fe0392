/** The words the interface uses for content values. */
import type { BODY_AREAS, CONTACTS, POSITIONS, PRESSURES, SIDES, WHO } from './vocabulary';

type Pressure = (typeof PRESSURES)[number];
type Who = (typeof WHO)[number];
type Contact = (typeof CONTACTS)[number];
type BodyArea = (typeof BODY_AREAS)[number];
type Side = (typeof SIDES)[number];

export const pressureLabel: Record<Pressure, string> = { light: 'Light', medium: 'Medium', firm: 'Firm' };

const LEVELS: readonly Pressure[] = ['light', 'medium', 'firm'];
/** After "too much pressure", every step is done `easedBy` levels lighter, and never lighter than light. */
export const effectivePressure = (p: Pressure, easedBy: number): Pressure =>
  LEVELS[Math.max(0, LEVELS.indexOf(p) - easedBy)]!;
/** True when asking for lighter pressure on this step can change nothing more. */
export const asLightAsItGoes = (p: Pressure, easedBy: number): boolean => LEVELS.indexOf(p) < easedBy;

export const whoLabel: Record<Who, string> = { partner: 'With a partner', self: 'On your own' };

export const contactLabel: Record<Contact, string> = {
  'flat-hands': 'Flat hands',
  'heels-of-hands': 'Heels of the hands',
  fingertips: 'Fingertips',
  thumbs: 'Thumbs',
  'reinforced-thumb': 'Reinforced thumb',
  knuckles: 'Knuckles',
  palms: 'Palms',
  forearm: 'Forearm',
  'sides-of-hands': 'Sides of the hands',
  'whole-hands': 'Whole hands',
  ball: 'Ball',
  'foam-roller': 'Foam roller',
  'warm-towel': 'Warm towel',
};

export const areaLabel: Record<BodyArea, string> = {
  neck: 'Neck',
  shoulders: 'Shoulders',
  'upper-trapezius': 'Upper trapezius',
  'between-shoulder-blades': 'Between the shoulder blades',
  'mid-back': 'Mid back',
  'beside-spine': 'Muscles beside the spine',
  'lower-back': 'Lower back',
  sides: 'Sides of the back',
  hips: 'Hips',
  glutes: 'Glutes',
  hamstrings: 'Backs of the thighs',
  spine: 'Spine',
  'hip-bones': 'Hip bones',
  'shoulder-blade-bones': 'Shoulder blades',
};

export const sideLabel: Record<Side, string> = {
  both: 'Both sides',
  left: 'Left side',
  right: 'Right side',
  each: 'One side, then the other',
};

/** How a person felt after a session, in the words the interface uses. */
export const feelingLabel: Record<'better' | 'same' | 'worse', string> = {
  better: 'Better',
  same: 'About the same',
  worse: 'Worse',
};

/** How a routine places the person: "This routine is done lying face down." */
export const positionWords: Record<(typeof POSITIONS)[number], string> = {
  'face-down': 'lying face down',
  'side-lying': 'lying on one side',
  seated: 'sitting',
  'wall-and-floor': 'at a wall and on the floor',
};
