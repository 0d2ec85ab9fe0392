/**
 * The words content is written in, as plain lists. The schema builds its enums from these; screens
 * import them from here, so no validator ships to the phone.
 */
export const PRESSURES = ['light', 'medium', 'firm'] as const;
export const WHO = ['partner', 'self'] as const;
/** How the person being massaged is placed: a session keeps to one (the planner does not mix them). */
export const POSITIONS = ['face-down', 'side-lying', 'seated', 'wall-and-floor'] as const;
export const CONTACTS = [
  'flat-hands',
  'heels-of-hands',
  'fingertips',
  'thumbs',
  'reinforced-thumb',
  'knuckles',
  'palms',
  'forearm',
  'sides-of-hands',
  'whole-hands',
  'ball',
  'foam-roller',
  'warm-towel',
] as const;
export const BODY_AREAS = [
  'neck',
  'shoulders',
  'upper-trapezius',
  'between-shoulder-blades',
  'mid-back',
  'beside-spine',
  'lower-back',
  'sides',
  'hips',
  'glutes',
  'hamstrings',
  'spine',
  'hip-bones',
  'shoulder-blade-bones',
] as const;
export const SIDES = ['both', 'left', 'right', 'each'] as const;
export const STROKES = [
  'glide-up',
  'glide-down',
  'glide-out',
  'circles',
  'kneading',
  'tapping',
  'rolling',
  'hold',
  'pull-across',
  'still',
] as const;

/** Drawn on the body picture as no-press zones; the validator refuses them as step targets. */
export const NO_PRESS_AREAS: readonly (typeof BODY_AREAS)[number][] = [
  'spine',
  'hip-bones',
  'shoulder-blade-bones',
];
