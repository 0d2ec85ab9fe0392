/**
 * The drawing of a back seen from above: a person lying face down, head at the top.
 *
 * Coordinates are in a 200 × 360 box with the spine on x = 100. Everything that has two sides is
 * drawn once, for the left half (x < 100), and mirrored for the right. The person's left is on the
 * picture's left: we look down at their back, so their left hand lies on our left.
 */
import type { BodyArea } from '../../content/schema';

export const VIEW = { x: 14, y: 0, width: 172, height: 360 } as const;
export const MID_X = 100;

/** Shapes centred on the spine, drawn once. */
export const HEAD = { cx: 100, cy: 29, rx: 19, ry: 23 } as const;
export const EARS = { cx: 81.5, cy: 31, rx: 2.6, ry: 6 } as const;
export const NECK = 'M91 42 L109 42 L109 62 L91 62 Z';

/** The left half's outer edge, from the side of the neck down to below the frame. */
const OUTER_EDGE =
  'M91 46 L91 60 C88 68 72 72 58 77 C48 80 42 88 41 100 C40 110 43 118 46 126 ' +
  'C50 150 57 178 59 200 C60 214 54 228 52 244 C50 262 51 280 54 296 C56 320 58 340 60 364';
/** The inside of the left thigh, from below the frame up to the crotch. */
const INNER_THIGH = 'L95 364 C96 336 97 312 100 290';

/** Left half of trunk and thigh, closed a hair past the midline so the two halves meet without a seam. */
export const TRUNK_HALF = `${OUTER_EDGE} ${INNER_THIGH} L101 290 L101 46 Z`;
/** The same edge as an open line, for the outline (no stroke along the midline). */
export const TRUNK_OUTLINE = `${OUTER_EDGE} ${INNER_THIGH}`;

/** Left arm, resting beside the body, drawn behind the trunk. */
export const ARM =
  'M48 90 C36 94 31 108 30 128 C29 150 28 168 27 186 C26 204 24 222 24 238 ' +
  'C23 252 26 262 31 262 C36 262 38.5 254 37.5 242 C38 224 40 206 42 190 C44 170 46 150 48 128 Z';

/** Soft lines that help the shape read as a back: the fold under each glute and the cleft. */
export const DETAILS = ['M62 297 C72 303 88 304 98 296', 'M100 266 L100 290'];

/**
 * Each area the picture can light up, as one shape on the left half (mirrored for the right), or a
 * shape across the middle for the neck. `anchor` places the stroke marks: the centre, the span from
 * top to bottom, how far out the area reaches at its centre, and how big a mark fits.
 */
export interface AreaShape {
  d: string;
  /** Drawn once across the midline instead of once per half. */
  centred?: boolean;
  anchor: {
    cx: number;
    cy: number;
    top: number;
    bottom: number;
    outer: number;
    r: number;
    /** Which way squeezing hands meet: across the body (default) or along it, where the area is narrow. */
    squeeze?: 'across' | 'along';
  };
}

export type WorkArea = Exclude<BodyArea, 'spine' | 'hip-bones' | 'shoulder-blade-bones'>;

export const AREA_SHAPES: Record<WorkArea, AreaShape> = {
  neck: {
    d: 'M91 44 L109 44 L109 63 L91 63 Z',
    centred: true,
    anchor: { cx: 94, cy: 54, top: 46, bottom: 62, outer: 92, r: 4 },
  },
  'upper-trapezius': {
    d: 'M91 61 C88 68 74 72 60 77 C66 85 80 87 96 85 L96 61 Z',
    anchor: { cx: 78, cy: 77, top: 70, bottom: 84, outer: 62, r: 7 },
  },
  shoulders: {
    d: 'M58 78 C48 81 42 89 42 100 C42 110 44 120 47 128 C58 131 74 131 87 130 L87 87 C76 86 66 82 58 78 Z',
    // Out on the round of the shoulder, clear of the blade that covers the rest of the area.
    anchor: { cx: 51, cy: 110, top: 86, bottom: 118, outer: 45, r: 8, squeeze: 'along' },
  },
  'between-shoulder-blades': {
    d: 'M86 88 L101 88 L101 150 L88 150 C86 130 85 106 86 88 Z',
    // The strip of muscle between a blade and the spine is narrow: small marks in its middle.
    anchor: { cx: 91, cy: 111, top: 92, bottom: 146, outer: 88, r: 4, squeeze: 'along' },
  },
  'mid-back': {
    d: 'M57 134 C70 129 84 129 101 131 L101 200 L71 200 C69 182 64 156 57 134 Z',
    anchor: { cx: 79, cy: 170, top: 140, bottom: 198, outer: 62, r: 10 },
  },
  'beside-spine': {
    d: 'M89 74 C91 72 94 72 96 74 L96 250 C93 252 89 252 87 250 C86 200 86 120 89 74 Z',
    anchor: { cx: 90, cy: 165, top: 80, bottom: 246, outer: 88, r: 6, squeeze: 'along' },
  },
  'lower-back': {
    d: 'M71 200 L101 200 L101 248 C92 242 78 239 64 239 C67 226 71 212 71 200 Z',
    anchor: { cx: 82, cy: 221, top: 203, bottom: 242, outer: 64, r: 10 },
  },
  sides: {
    d: 'M46 126 C50 150 57 178 59 200 C60 214 56 228 53 240 L64 240 C67 226 71 212 71 200 C69 180 64 152 58 128 Z',
    anchor: { cx: 61, cy: 186, top: 132, bottom: 234, outer: 56, r: 7 },
  },
  hips: {
    d: 'M52 242 C60 236 72 236 82 245 C80 258 70 268 53 276 C50 264 50 252 52 242 Z',
    anchor: { cx: 65, cy: 257, top: 244, bottom: 272, outer: 55, r: 9 },
  },
  glutes: {
    d: 'M100 252 C88 246 70 248 60 260 C52 272 54 290 66 297 C78 303 94 301 100 292 Z',
    anchor: { cx: 79, cy: 276, top: 258, bottom: 294, outer: 60, r: 11 },
  },
  hamstrings: {
    d: 'M57 306 C70 302 86 302 97 306 L96 364 L61 364 C60 340 58 322 57 306 Z',
    anchor: { cx: 77, cy: 326, top: 310, bottom: 346, outer: 61, r: 11 },
  },
};

export const isWorkArea = (a: BodyArea): a is WorkArea => a in AREA_SHAPES;

/** No-press zones. The spine runs down the middle and ends in the sacrum; the rest come in pairs. */
export const SPINE =
  'M97 52 C97 50 103 50 103 52 L103 238 L108 240 C106 254 103 264 100 272 C97 264 94 254 92 240 L97 238 Z';
/** Left shoulder blade: top edge out to the shoulder, outer edge down to the tip, inner edge up. */
export const SHOULDER_BLADE =
  'M84 98 C76 94 65 93 58 96 C63 114 71 134 79 150 C81 153 85 151 85.5 147 C86 131 86 114 84 98 Z';
/** Left hip bone: the ridge along the top of the pelvis, curving down toward the sacrum. */
export const HIP_BONE = 'M53 243 C62 232 80 232 92 243 C91 247 88 249 86 248 C78 241 66 240 56 249 Z';

/**
 * How far the stroke marks keep from the bones. The hip bones run right across the picture, from the
 * side to the sacrum, so no track can go round them: a track on the back stops short of them, one on
 * the glutes and thighs starts below them. The top of the hip bones rises to y = 235 and comes down to
 * y = 241 beside the spine, where a track runs; their underside reaches y = 249 beside the sacrum. A
 * ball (radius 5) at either end of its track clears them.
 */
export const NO_PRESS_LIMITS = {
  /** Areas centred above this lie on the back; below it, on the pelvis, glutes and thighs. */
  pelvis: 240,
  /** The lowest a track (or a hold beside the spine) on the back goes. */
  backBottom: 232,
  /** The highest a track on the glutes and thighs goes. */
  glutesTop: 254,
  /** The nearest to the midline a circle, a squeeze or a hold's ring comes: the spine starts at x = 97. */
  innerX: 95,
} as const;
