/**
 * Where the stroke marks go for a set of areas, on the left half (the right half is its mirror), and
 * how the moving pieces (hands, a ball, fingertips) travel over them.
 * Plain geometry, no React: the component draws these either still or moving.
 */
import type { BodyArea, Stroke } from '../../content/schema';
import { AREA_SHAPES, isWorkArea, NO_PRESS_LIMITS, type AreaShape, type WorkArea } from './geometry';

export interface Point {
  x: number;
  y: number;
}

export type Mark =
  /** A path the hand travels; `there-and-back` for rolling. */
  | { kind: 'track'; points: Point[]; travel: 'one-way' | 'there-and-back' }
  | { kind: 'circle' | 'tap' | 'hold'; x: number; y: number; r: number }
  | { kind: 'knead'; x: number; y: number; r: number; along: boolean };

type Anchor = AreaShape['anchor'];

/** Tracks beside the spine run up the middle of the muscle between it and a shoulder blade (x = 86 to 97). */
const TRACK_X_BESIDE_SPINE = 91.5;
/** The most a steady-pressure mark's radius can be, so the ring drawn round it stays on the muscle. */
const HOLD_R = 5;
const CENTRAL: readonly BodyArea[] = ['beside-spine', 'between-shoulder-blades', 'mid-back', 'lower-back'];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Up to `n` anchors, top to bottom, none sitting on top of another. */
function spread(anchors: Anchor[], n: number): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.cy - b.cy);
  const apart: Anchor[] = [];
  for (const a of sorted) {
    if (!apart.some((b) => Math.abs(a.cy - b.cy) < 16 && Math.abs(a.cx - b.cx) < 16)) apart.push(a);
  }
  if (apart.length <= n) return apart;
  if (n === 1) return apart.slice(0, 1);
  return Array.from({ length: n }, (_, i) => apart[Math.round((i * (apart.length - 1)) / (n - 1))]!);
}

/** A quadratic curve as a few straight steps, so one list of points serves the line and the motion. */
function quad(from: Point, control: Point, to: Point, steps = 6): Point[] {
  return Array.from({ length: steps }, (_, i) => {
    const t = (i + 1) / steps;
    const u = 1 - t;
    return {
      x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
      y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
    };
  });
}

/**
 * The lines up the back, each from bottom to top: beside the spine when that is worked, else through
 * the areas' middle. The hip bones lie right across the body, so no line crosses them: areas on the
 * back get a line that stops above them, areas on the glutes and thighs one that starts below them.
 * Lowest first.
 */
function verticalTracks(areas: WorkArea[], curlOverShoulder: boolean): Point[][] {
  const { pelvis, backBottom, glutesTop } = NO_PRESS_LIMITS;
  const onBack = areas.filter((a) => AREA_SHAPES[a].anchor.cy < pelvis);
  const below = areas.filter((a) => AREA_SHAPES[a].anchor.cy >= pelvis);
  const lines: Point[][] = [];
  if (below.length > 0) lines.push(verticalTrack(below, { from: glutesTop, to: Infinity }, false));
  if (onBack.length > 0)
    lines.push(verticalTrack(onBack, { from: -Infinity, to: backBottom }, curlOverShoulder));
  return lines;
}

/** One line up through `areas`, kept within `span` (top to bottom). */
function verticalTrack(
  areas: WorkArea[],
  span: { from: number; to: number },
  curlOverShoulder: boolean,
): Point[] {
  const anchors = areas.map((a) => AREA_SHAPES[a].anchor);
  // Up and down the middle of the back the hands run beside the spine, which keeps the line off the
  // shoulder blades; an area off to the side (shoulders, glutes, thighs) gets a line through its middle.
  const central = areas.some((a) => CENTRAL.includes(a));
  const x = central ? TRACK_X_BESIDE_SPINE : clamp(mean(anchors.map((a) => a.cx)), 56, 90);
  const top = Math.max(span.from, Math.min(...anchors.map((a) => a.top)));
  const bottom = Math.min(span.to, Math.max(...anchors.map((a) => a.bottom)));
  // Effleurage runs up the back and out over the shoulder, so the line bends outward at the top.
  if (curlOverShoulder && areas.includes('shoulders') && areas.length > 1 && x > 70) {
    const bendAt = 104;
    return [{ x, y: bottom }, { x, y: bendAt }, ...quad({ x, y: bendAt }, { x, y: 82 }, { x: 50, y: 87 })];
  }
  return [
    { x, y: bottom },
    { x, y: top },
  ];
}

/** A squeeze across the body stops short of the spine: the hands meet out on the muscle. */
function kneadAt(a: Anchor): Mark {
  const along = a.squeeze === 'along';
  const x = along ? a.cx : Math.min(a.cx, NO_PRESS_LIMITS.innerX - kneadReach(a.r).reach);
  return { kind: 'knead', x, y: a.cy, r: a.r, along };
}

export function marksFor(areas: readonly BodyArea[], stroke: Stroke): Mark[] {
  const worked = areas.filter(isWorkArea);
  if (worked.length === 0) return [];
  const anchors = worked.map((a) => AREA_SHAPES[a].anchor);
  // Circles, fingertips and a hold's ring never reach over the spine.
  const at = (kind: 'circle' | 'tap' | 'hold', n: number): Mark[] =>
    spread(anchors, n).map((a) => {
      const r = kind === 'hold' ? Math.min(a.r, HOLD_R) : a.r;
      const reach = kind === 'hold' ? holdRing(r) : r;
      return { kind, x: Math.min(a.cx, NO_PRESS_LIMITS.innerX - reach), y: a.cy, r };
    });

  switch (stroke) {
    case 'glide-up':
      return verticalTracks(worked, true).map((points) => ({ kind: 'track', travel: 'one-way', points }));
    case 'glide-down':
      return verticalTracks(worked, true)
        .reverse()
        .map((points) => ({ kind: 'track', travel: 'one-way', points: points.reverse() }));
    case 'rolling':
      // Top to bottom and back; a ball for each line.
      return verticalTracks(worked, false)
        .reverse()
        .map((points) => ({ kind: 'track', travel: 'there-and-back', points: points.reverse() }));
    case 'glide-out':
      return spread(anchors, 3).map((a) => ({
        kind: 'track',
        travel: 'one-way',
        points: [
          { x: 93, y: a.cy },
          ...quad(
            { x: 93, y: a.cy },
            { x: (93 + a.outer) / 2, y: a.cy - 3 },
            { x: a.outer + 3, y: a.cy + 2 },
            4,
          ),
        ],
      }));
    case 'pull-across':
      return spread(anchors, 3).map((a) => ({
        kind: 'track',
        travel: 'one-way',
        points: [
          { x: a.outer + 1, y: a.cy + 2 },
          ...quad(
            { x: a.outer + 1, y: a.cy + 2 },
            { x: (91 + a.outer) / 2, y: a.cy - 3 },
            { x: 91, y: a.cy },
            4,
          ),
        ],
      }));
    case 'circles':
      return at('circle', 3);
    case 'kneading':
      return spread(anchors, 2).map(kneadAt);
    case 'tapping':
      return at('tap', 3);
    case 'hold': {
      const others = anchors.filter((_, i) => worked[i] !== 'beside-spine');
      // Pressure beside the spine, level with the other areas worked (e.g. the lower back).
      // The ring round it keeps off the spine too.
      if (worked.includes('beside-spine') && others.length > 0) {
        const spine = AREA_SHAPES['beside-spine'].anchor;
        const y = clamp(mean(others.map((a) => a.cy)), spine.top + 6, NO_PRESS_LIMITS.backBottom - 6);
        const r = 3;
        return [{ kind: 'hold', x: NO_PRESS_LIMITS.innerX - holdRing(r), y, r }];
      }
      // One spot, under a thumb or a ball.
      return at('hold', 1);
    }
    case 'still':
      return [];
  }
}

export const trackPath = (points: Point[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');

export function trackLength(points: Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  }
  return total;
}

/** `n` points spaced evenly along the track, first and last included: keyframes for a steady glide. */
export function resample(points: Point[], n: number): Point[] {
  const total = trackLength(points);
  const out: Point[] = [];
  let seg = 1;
  let before = 0; // length of the track up to points[seg - 1]
  for (let k = 0; k < n; k++) {
    const want = (total * k) / (n - 1);
    while (seg < points.length - 1) {
      const len = Math.hypot(points[seg]!.x - points[seg - 1]!.x, points[seg]!.y - points[seg - 1]!.y);
      if (before + len >= want) break;
      before += len;
      seg++;
    }
    const a = points[seg - 1]!;
    const b = points[seg]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const t = Math.min(1, Math.max(0, (want - before) / len));
    out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  }
  return out;
}

/** The easings a moving piece uses, between keyframes (loop.ts draws them frame by frame). */
export type Ease = 'linear' | 'easeOut' | 'easeInOut';

/**
 * One loop of a moving piece, as keyframes for transforms and opacity only, so the browser can run
 * it off the main thread. Offsets are in picture units from where the piece starts; the first
 * keyframe of every list is where it rests before it starts to move.
 */
export interface Motion {
  x?: number[];
  y?: number[];
  /** Degrees, clockwise on screen. */
  rotate?: number[];
  scale?: number[];
  opacity?: number[];
  /** Where each keyframe falls in the loop, from 0 to 1; evenly spaced when left out. */
  times?: number[];
  /** Seconds per loop. */
  duration: number;
  /**
   * One per gap between keyframes. A single easing only where it can't matter whether it covers
   * each gap or the whole loop: `linear`, or a loop of two keyframes.
   */
  ease: Ease | Ease[];
  /** Seconds before the first loop only, so pieces of one stroke take turns. */
  delay?: number;
}

/** Something that moves over a mark: drawn once, in its own small box, then only transformed. */
export interface Piece {
  look: 'hand' | 'ball' | 'tap' | 'ring';
  /** The centre of the piece's box at the first frame. */
  at: Point;
  /** The radius it is drawn at, before any scale. */
  r: number;
  /** For a hand going round in circles: it sits this far above the centre, and the box turns. */
  orbit?: number;
  motion: Motion;
}

const HAND = 4.2;
const GLIDE_HAND = 6;
/** A ball's radius: it fits the strip of muscle beside the spine, so rolling there it stays off bone. */
export const BALL = 5;
/** Room round a piece's circle for its outline. */
const EDGE = 1;

/** The side of the square box a piece is drawn in, in picture units. */
export const pieceBox = (piece: Piece) => 2 * ((piece.orbit ?? 0) + piece.r + EDGE);

/** Roughly a relaxed hand's speed across the picture, kept within a calm range. */
const glideSeconds = (points: Point[]) => Math.min(3, Math.max(1.5, trackLength(points) / 55));

/** The ends of a circle mark's arrow: most of a turn, anticlockwise, starting at the top. */
export function circleArc({ x, y, r }: { x: number; y: number; r: number }): { from: Point; to: Point } {
  // Angles run clockwise on screen (y points down), so anticlockwise means decreasing angles.
  const at = (deg: number) => ({
    x: x + r * Math.cos((deg * Math.PI) / 180),
    y: y + r * Math.sin((deg * Math.PI) / 180),
  });
  return { from: at(-90), to: at(-90 - 290) };
}

/** Knead marks: the two squeeze lines, and where the hands turn back, as distances from the centre. */
export function kneadReach(r: number) {
  const reach = Math.max(r * 1.6, 10);
  const stop = Math.max(r * 0.3, 2.5);
  return { reach, stop, inner: stop + 2 };
}

/** The spots a tap mark's fingertips land on. */
export const tapSpots = ({ x, y, r }: { x: number; y: number; r: number }): Point[] => [
  { x: x - r * 0.75, y: y + r * 0.4 },
  { x, y: y - r * 0.5 },
  { x: x + r * 0.75, y: y + r * 0.4 },
];

/** The ring drawn round a steady-pressure mark when it stands still. */
export const holdRing = (r: number) => r + 4;

/** Keyframes for a piece travelling through `points`, for each axis it moves along. */
function offsets(points: Point[]): Pick<Motion, 'x' | 'y'> {
  const x = points.map((p) => p.x - points[0]!.x);
  const y = points.map((p) => p.y - points[0]!.y);
  const moves = (list: number[]) => list.some((v) => Math.abs(v) > 1e-9);
  return { ...(moves(x) && { x }), ...(moves(y) && { y }) };
}

/** The pieces that move over the marks, in drawing order. */
export function piecesFor(marks: Mark[]): Piece[] {
  return marks.flatMap((mark, i): Piece[] => {
    switch (mark.kind) {
      case 'track': {
        if (mark.travel === 'there-and-back') {
          // A ball rolling to the far end and back, slowing at each end.
          const ends = [mark.points[0]!, mark.points[mark.points.length - 1]!];
          const motion = offsets([ends[0]!, ends[1]!, ends[0]!]);
          return [
            {
              look: 'ball',
              at: ends[0]!,
              r: BALL,
              motion: { ...motion, duration: 4, ease: ['easeInOut', 'easeInOut'] },
            },
          ];
        }
        // Evenly spaced keyframes give a steady speed; the hand fades in at the start and out at the
        // end, then waits half a second, unseen, before the next pass.
        const path = resample(mark.points, 16);
        const glide = glideSeconds(mark.points);
        const loop = glide + 0.5;
        const { x, y } = offsets([...path, path[path.length - 1]!]);
        return [
          {
            look: 'hand',
            at: path[0]!,
            r: GLIDE_HAND,
            motion: {
              x,
              y,
              opacity: [...path.map((_, k) => (k === 0 || k === path.length - 1 ? 0 : 1)), 0],
              times: [...path.map((_, k) => ((k / (path.length - 1)) * glide) / loop), 1],
              duration: loop,
              ease: 'linear',
              delay: i * 0.35,
            },
          },
        ];
      }
      case 'circle':
        // A hand at the top of the circle; its box turns once round the centre, anticlockwise.
        return [
          {
            look: 'hand',
            at: { x: mark.x, y: mark.y },
            r: HAND,
            orbit: mark.r,
            motion: { rotate: [0, -360], duration: 1.8, ease: 'linear', delay: i * 0.3 },
          },
        ];
      case 'knead': {
        // Two hands squeezing toward the middle in turn: the first goes in and out, then the second.
        const { reach, inner } = kneadReach(mark.r);
        const along = (t: number) =>
          mark.along ? { x: mark.x, y: mark.y + t } : { x: mark.x + t, y: mark.y };
        const hand = (path: number[]): Piece => {
          const points = path.map(along);
          return {
            look: 'hand',
            at: points[0]!,
            r: HAND,
            motion: {
              ...offsets(points),
              times: [0, 0.25, 0.5, 0.75, 1],
              duration: 1.4,
              ease: ['easeInOut', 'easeInOut', 'easeInOut', 'easeInOut'],
            },
          };
        };
        return [hand([-reach, -inner, -reach, -reach, -reach]), hand([reach, reach, reach, inner, reach])];
      }
      case 'tap':
        // Fingertips landing in quick turns: each lifts and fades, rests, then lands again, swelling
        // and darkening. The loop starts as a fingertip lands, so until the motion starts the
        // fingertips show plainly where they land.
        return tapSpots(mark).map((at, k) => ({
          look: 'tap',
          at,
          r: 1.4,
          motion: {
            scale: [3.6 / 1.4, 1, 1, 3.6 / 1.4],
            opacity: [1, 0.35, 0.35, 1],
            times: [0, 0.125, 0.875, 1],
            duration: 0.9,
            ease: ['easeOut', 'linear', 'easeOut'],
            delay: i * 0.12 + k * 0.15,
          },
        }));
      case 'hold': {
        // A ring that swells from under the hand and fades, like a slow breath; the hand swells a little.
        // The ring is drawn at its largest, so its line is never thicker than when it stands still.
        const widest = holdRing(mark.r) + 3;
        const at = { x: mark.x, y: mark.y };
        return [
          {
            look: 'ring',
            at,
            r: widest,
            motion: { scale: [HAND / widest, 1], opacity: [0.9, 0], duration: 2, ease: 'easeOut' },
          },
          {
            look: 'hand',
            at,
            r: HAND,
            motion: { scale: [1, 5 / HAND, 1], duration: 2, ease: ['easeInOut', 'easeInOut'] },
          },
        ];
      }
    }
  });
}
