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
 * rest where their first frame puts them; a Web Animation takes over from there (loop.ts), starting
 * from that same frame, so the picture never jumps when the motion starts.
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import { playLoop, sampleMotion, type LoopValues } from './loop';
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
 * A piece's loop as values to animate, frame by frame: one `transform` (translations in % of the
 * piece's box) and `opacity`, both of which the browser animates on the compositor.
 */
function loopOf({ motion }: Piece, box: number): { values: LoopValues; frames: number } {
  const { x, y, rotate, scale, opacity, frames } = sampleMotion(motion);
  const count = frames + 1;
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
  const values: LoopValues = {};
  if (transform[0]) values.transform = transform;
  if (opacity) values.opacity = opacity;
  return { values, frames };
}

/** The first keyframe of each value: where and how a piece rests before it moves. */
const firstFrame = ({ transform, opacity }: LoopValues) => ({
  ...(transform && { transform: transform[0] }),
  ...(opacity && { opacity: opacity[0] }),
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
  const el = useRef<HTMLDivElement>(null);
  const box = pieceBox(piece);
  const { values, frames } = loopOf(piece, box);
  // The loop restarts only when what it draws changes, not on every render of the picture.
  const loop = JSON.stringify(values);
  const delay = piece.motion.delay;
  useEffect(() => {
    if (!playing || !el.current) return;
    return playLoop(el.current, JSON.parse(loop) as LoopValues, frames, delay);
  }, [playing, loop, frames, delay]);
  const place: CSSProperties = {
    left: pctX(piece.at.x - box / 2 - VIEW.x),
    top: pctY(piece.at.y - box / 2 - VIEW.y),
    width: pctX(box),
    height: pctY(box),
  };
  return (
    <div ref={el} className={`bm-piece bm-piece--${piece.look}`} style={{ ...place, ...firstFrame(values) }}>
      <svg viewBox={`${-box / 2} ${-box / 2} ${box} ${box}`} focusable="false">
        <PieceArt piece={piece} />
      </svg>
    </div>
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
