/**
 * The stroke drawn over one half of the back: arrows, circles, squeezes, taps, a ball, a pressure dot.
 *
 * `StrokeMarks` draws into the picture. Standing still (reduced motion, thumbnails, a paused session)
 * it draws the whole stroke; when the stroke moves it draws only what stays put: the arrows, faint,
 * for the hands to travel, and the pressure dot.
 *
 * `MovingPieces` draws the hands, ball and fingertips in a layer of their own over the picture. Each
 * piece is drawn once, in a small box, and only ever moved, turned, scaled or faded, so the browser
 * can animate it on the compositor without painting the picture again. Until `playing`, the pieces
 * rest where their first frame puts them; framer-motion's `m` components take over from there
 * (inside the LazyMotion the map provides), so the picture never jumps when the motion starts.
 */
import { m, type Transition } from 'framer-motion';
import type { CSSProperties } from 'react';
import { VIEW } from './geometry';
import {
  BALL,
  circleArc,
  holdRing,
  kneadReach,
  pieceBox,
  tapSpots,
  trackPath,
  type Mark,
  type Motion,
  type Piece,
  type Point,
} from './marks';

interface MarksProps {
  marks: Mark[];
  moving: boolean;
  /** url(#…) of the arrowhead marker. */
  arrow: string;
}

/**
 * Whether the picture has any of these marks to draw: all of them when still; when moving, all
 * but the fingertips of a tapping stroke, which are wholly in the layer above.
 */
export const marksInPicture = (marks: Mark[], moving: boolean) =>
  !moving || marks.some((mark) => mark.kind !== 'tap');

export function StrokeMarks({ marks, moving, arrow }: MarksProps) {
  return (
    <>
      {marks.map((mark, i) => {
        switch (mark.kind) {
          case 'track':
            return mark.travel === 'one-way' ? (
              <Arrow key={i} d={trackPath(mark.points)} arrow={arrow} faint={moving} />
            ) : (
              <Roll key={i} points={mark.points} moving={moving} arrow={arrow} />
            );
          case 'circle':
            return <Circle key={i} {...mark} moving={moving} arrow={arrow} />;
          case 'knead':
            return <Knead key={i} {...mark} moving={moving} arrow={arrow} />;
          case 'tap':
            return <Tap key={i} {...mark} moving={moving} />;
          case 'hold':
            return <Hold key={i} {...mark} moving={moving} />;
        }
      })}
    </>
  );
}

/**
 * A line with an arrowhead, over a soft halo in the surface colour so it stays readable on the warm
 * highlight and on bare skin alike. Faint when a moving hand travels it.
 */
function Arrow({
  d,
  arrow,
  faint = false,
  thin = false,
  twoWay = false,
}: {
  d: string;
  arrow: string;
  faint?: boolean;
  thin?: boolean;
  twoWay?: boolean;
}) {
  const mods = `${thin ? ' is-thin' : ''}${faint ? ' is-faint' : ''}`;
  return (
    <>
      <path className={`bm-halo${mods}`} d={d} />
      <path className={`bm-arrow${mods}`} d={d} markerEnd={arrow} markerStart={twoWay ? arrow : undefined} />
    </>
  );
}

/** A ball (or roller) going up and down the track, with a two-headed arrow; it rests halfway. */
function Roll({ points, moving, arrow }: { points: Point[]; moving: boolean; arrow: string }) {
  const arrowLine = <Arrow d={trackPath(points)} arrow={arrow} faint={moving} twoWay />;
  if (moving) return arrowLine;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <>
      {arrowLine}
      <Ball x={(first.x + last.x) / 2} y={(first.y + last.y) / 2} />
    </>
  );
}

function Ball({ x = 0, y = 0 }: { x?: number; y?: number }) {
  return (
    <>
      <circle className="bm-ball" cx={x} cy={y} r={BALL} />
      <circle className="bm-ball-shine" cx={x - 0.32 * BALL} cy={y - 0.32 * BALL} r={0.3 * BALL} />
    </>
  );
}

/** Small circles, anticlockwise on the left half; the mirror turns them clockwise on the right. */
function Circle({
  x,
  y,
  r,
  moving,
  arrow,
}: {
  x: number;
  y: number;
  r: number;
  moving: boolean;
  arrow: string;
}) {
  const { from, to } = circleArc({ x, y, r });
  const d = `M${from.x.toFixed(1)} ${from.y.toFixed(1)} A${r} ${r} 0 1 0 ${to.x.toFixed(1)} ${to.y.toFixed(1)}`;
  return <Arrow d={d} arrow={arrow} thin faint={moving} />;
}

/**
 * Two hands squeezing toward each other in turn: arrows meeting in the middle of the area, across
 * the body, or along it (`along`) where the area is narrow that way.
 */
function Knead({
  x,
  y,
  r,
  along,
  moving,
  arrow,
}: {
  x: number;
  y: number;
  r: number;
  along: boolean;
  moving: boolean;
  arrow: string;
}) {
  const { reach, stop } = kneadReach(r);
  /** A point `t` from the centre on the squeeze line, toward the first (-) or second (+) hand. */
  const at = (t: number) => (along ? { x, y: y + t } : { x: x + t, y });
  const line = (a: number, b: number) => `M${at(a).x} ${at(a).y} L${at(b).x} ${at(b).y}`;
  return (
    <>
      <Arrow d={line(-reach, -stop)} arrow={arrow} thin faint={moving} />
      <Arrow d={line(reach, stop)} arrow={arrow} thin faint={moving} />
    </>
  );
}

/** A few fingertips landing in quick turns. When they move, they are all in the layer above. */
function Tap({ x, y, r, moving }: { x: number; y: number; r: number; moving: boolean }) {
  if (moving) return null;
  return (
    <>
      {tapSpots({ x, y, r }).map((s, i) => (
        <g key={i}>
          <circle className="bm-mark" cx={s.x} cy={s.y} r={2.3} />
          <circle className="bm-ring" cx={s.x} cy={s.y} r={4.4} />
        </g>
      ))}
    </>
  );
}

/**
 * Steady pressure: a dot, with a ring round it. When moving, the ring swells and fades in the layer
 * above, and the dot drawn here lies under the hand that breathes over it.
 */
function Hold({ x, y, r, moving }: { x: number; y: number; r: number; moving: boolean }) {
  return (
    <>
      {!moving && <circle className="bm-ring" cx={x} cy={y} r={holdRing(r)} />}
      <circle className="bm-hand" cx={x} cy={y} r={4.2} />
    </>
  );
}

/** Percent of the picture's width or height, for a length in picture units. */
const pctX = (units: number) => `${(units / VIEW.width) * 100}%`;
const pctY = (units: number) => `${(units / VIEW.height) * 100}%`;

/**
 * A piece's loop as framer-motion keyframes: one `transform` (translations in % of the piece's box)
 * and `opacity`. A whole transform, rather than separate `x`, `y`, `scale` values, goes to the
 * browser as it is, so starting the motion costs next to nothing on the main thread.
 */
function keyframesOf({ motion }: Piece, box: number) {
  const { x, y, rotate, scale, opacity } = motion;
  const count = Math.max(...[x, y, rotate, scale, opacity].map((list) => list?.length ?? 0));
  const shift = (units: number) => `${+((units / box) * 100).toFixed(3)}%`;
  const transform = Array.from({ length: count }, (_, i) =>
    [
      x || y ? `translate(${shift(x?.[i] ?? 0)}, ${shift(y?.[i] ?? 0)})` : '',
      rotate ? `rotate(${rotate[i]}deg)` : '',
      scale ? `scale(${scale[i]})` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  const values: { transform?: string[]; opacity?: number[] } = {};
  if (transform[0]) values.transform = transform;
  if (opacity) values.opacity = opacity;
  return values;
}

/** The first keyframe of each value: where and how a piece rests before it moves. */
const firstFrame = ({ transform, opacity }: { transform?: string[]; opacity?: number[] }) => ({
  ...(transform && { transform: transform[0] }),
  ...(opacity && { opacity: opacity[0] }),
});

const transitionOf = ({ duration, ease, times, delay }: Motion): Transition => ({
  duration,
  ease,
  times,
  delay,
  repeat: Infinity,
});

function PieceArt({ piece }: { piece: Piece }) {
  switch (piece.look) {
    case 'hand':
      return <circle className="bm-hand" cy={-(piece.orbit ?? 0)} r={piece.r} />;
    case 'ball':
      return <Ball />;
    case 'tap':
      return <circle className="bm-mark" r={piece.r} />;
    case 'ring':
      return <circle className="bm-ring" r={piece.r} />;
  }
}

function MovingPiece({ piece, playing }: { piece: Piece; playing: boolean }) {
  const box = pieceBox(piece);
  const place: CSSProperties = {
    left: pctX(piece.at.x - box / 2 - VIEW.x),
    top: pctY(piece.at.y - box / 2 - VIEW.y),
    width: pctX(box),
    height: pctY(box),
  };
  const art = (
    <svg viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`} focusable="false">
      <PieceArt piece={piece} />
    </svg>
  );
  const className = `bm-piece bm-piece--${piece.look}`;
  const values = keyframesOf(piece, box);
  if (!playing) {
    return (
      <div className={className} style={{ ...place, ...firstFrame(values) }}>
        {art}
      </div>
    );
  }
  return (
    <m.div
      className={className}
      style={place}
      initial={firstFrame(values)}
      animate={values}
      transition={transitionOf(piece.motion)}
    >
      {art}
    </m.div>
  );
}

/** The moving pieces for one half of the back, for the layer over the picture. */
export function MovingPieces({ pieces, playing }: { pieces: Piece[]; playing: boolean }) {
  return (
    <>
      {pieces.map((piece, i) => (
        <MovingPiece key={i} piece={piece} playing={playing} />
      ))}
    </>
  );
}
