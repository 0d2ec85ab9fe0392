/**
 * A back seen from above, with the worked areas lit in a warm tone, the spine and bones hatched as
 * no-press zones, and the stroke drawn over the areas (moving, unless the device asks for less motion).
 *
 * Left and right are the person's: they lie face down with the head at the top, so their left is
 * the picture's left. For a step done one side at a time (`side="each"`), the first side is the left.
 *
 * The picture itself never changes while the stroke moves. What moves (hands, a ball, fingertips, a
 * veil that lets a still step's areas breathe) lies in a layer of its own on top, and is only moved,
 * turned, scaled and faded, which the browser does on the compositor. The motion starts once the page
 * has settled, and pauses while the picture is off screen or the page is hidden; until then the
 * layer shows the motion's first frame.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type RefObject,
} from 'react';
import type { BodyArea, Side, Stroke } from '../../content/schema';
import { describeBodyMap, halves, workedAreas, type ActiveSide, type Half } from './describe';
import {
  AREA_SHAPES,
  ARM,
  DETAILS,
  EARS,
  HEAD,
  HIP_BONE,
  isWorkArea,
  MID_X,
  NECK,
  SHOULDER_BLADE,
  SPINE,
  TRUNK_HALF,
  TRUNK_OUTLINE,
  VIEW,
} from './geometry';
import { useShown } from '../useShown';
import { playLoop, sampleMotion } from './loop';
import { marksFor, piecesFor, type Motion, type Piece } from './marks';
import { marksInPicture, MovingPieces, StrokeMarks } from './StrokeMarks';
import './bodyMap.css';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const reducedMotionQuery = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED_MOTION) : undefined;
const onReducedMotionChange = (change: () => void) => {
  const query = reducedMotionQuery();
  query?.addEventListener('change', change);
  return () => query?.removeEventListener('change', change);
};

/**
 * Whether the device asks for less motion. A prerendered page is drawn as if it doesn't, and
 * hydration must match it, so the answer comes in just after hydration (and follows any change).
 */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    onReducedMotionChange,
    () => reducedMotionQuery()?.matches ?? false,
    () => false,
  );
}

/** The longest the motion waits for the main thread to fall idle before it goes ahead anyway. */
export const START_TIMEOUT_MS = 1500;

/**
 * Runs `run` when the main thread is next idle, or, where the browser can't tell, after `guess` ms.
 * Returns a function that cancels it.
 */
function onIdle(run: () => void, guess: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: START_TIMEOUT_MS });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, guess);
  return () => window.clearTimeout(id);
}

/**
 * Runs `start` once the page has settled: it has loaded and the main thread has fallen idle (where
 * the browser can't tell, the page has been open `START_TIMEOUT_MS`), so starting the motion never
 * lands in the middle of hydration. Returns a function that cancels it.
 */
function whenSettled(start: () => void): () => void {
  let cancelIdle = () => {};
  const afterLoad = () => {
    cancelIdle = onIdle(start, Math.max(50, START_TIMEOUT_MS - performance.now()));
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
  return () => {
    window.removeEventListener('load', afterLoad);
    cancelIdle();
  };
}

/**
 * Whether the layer `el` should be moving now: the page has settled since it appeared, it is on
 * screen and the page is visible. Off screen or hidden, it rests.
 */
function usePlaying(el: RefObject<HTMLElement | null>): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => whenSettled(() => setSettled(true)), []);
  return useShown(el) && settled;
}

/** A still step's lit areas breathe: the veil fades in and out, every five seconds. */
const BREATH: Motion = { opacity: [0, 0.4, 0], duration: 5, ease: ['easeInOut', 'easeInOut'] };

function Breath({ veil, playing }: { veil: ReactNode; playing: boolean }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!playing || !el.current) return;
    const { opacity, frames } = sampleMotion(BREATH);
    return playLoop(el.current, { opacity }, frames);
  }, [playing]);
  return (
    <div ref={el} className="bm-breath" style={{ opacity: 0 }}>
      {veil}
    </div>
  );
}

/**
 * The layer over the picture that holds everything that moves. It rests on the motion's first
 * frame until the page has settled, and again whenever it is off screen or the page is hidden.
 */
function MotionLayer({
  stroke,
  halves: shown,
  pieces,
  veil,
}: {
  stroke: Stroke;
  /** The halves worked now, which get the moving pieces. */
  halves: Half[];
  pieces: Piece[];
  /** For a still step: the veil that lets the lit areas breathe. */
  veil: ReactNode;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const playing = usePlaying(layer);
  return (
    <div
      ref={layer}
      className="bm-marks body-map__motion"
      data-stroke={stroke}
      data-playing={playing}
      aria-hidden="true"
    >
      {veil && <Breath veil={veil} playing={playing} />}
      {shown.map((half) => (
        <div key={half} className="bm-motion-half" data-half={half}>
          <MovingPieces pieces={pieces} playing={playing} />
        </div>
      ))}
    </div>
  );
}

export interface BodyMapProps {
  /** Areas to light up. No-press zones given here are ignored: they are always drawn as no-press. */
  areas: readonly BodyArea[];
  stroke: Stroke;
  side?: Side;
  /** With `side="each"`: which half is worked now. `first` is the left, `second` the right. */
  activeSide?: ActiveSide;
  /** small ≈ 120 px tall (list thumbnail), medium ≈ 220 px (player), large ≈ 360 px (technique page). */
  size?: 'small' | 'medium' | 'large';
  /** Leads the accessible name, e.g. the technique or step name. */
  title?: string;
  /**
   * Whether the stroke moves. Defaults to true, except for small thumbnails, which stay still so a
   * list of them is calm. Pass false for a paused session. Reduced motion always wins.
   */
  animated?: boolean;
  /** The "No pressure on spine or bones" key under the picture; shown at medium and large by default. */
  legend?: boolean;
  className?: string;
}

const MIRROR = `matrix(-1 0 0 1 ${2 * MID_X} 0)`;

/** Draws `children` on the left half, and again mirrored onto the right. */
function Pair({ children }: { children: ReactNode }) {
  return (
    <>
      <g>{children}</g>
      <g transform={MIRROR}>{children}</g>
    </>
  );
}

/** The spine with the sacrum, both shoulder blades and both hip bones. */
function NoPressShapes({ marked = false }: { marked?: boolean }) {
  const zone = (name: BodyArea) => (marked ? { 'data-zone': name } : {});
  return (
    <>
      <path d={SPINE} {...zone('spine')} />
      <Pair>
        <path d={SHOULDER_BLADE} {...zone('shoulder-blade-bones')} />
        <path d={HIP_BONE} {...zone('hip-bones')} />
      </Pair>
    </>
  );
}

export function BodyMap({
  areas,
  stroke,
  side = 'both',
  activeSide = null,
  size = 'medium',
  title,
  animated = size !== 'small',
  legend = size !== 'small',
  className,
}: BodyMapProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = {
    title: `${uid}-title`,
    hatch: `${uid}-hatch`,
    arrow: `${uid}-arrow`,
    fade: `${uid}-fade`,
    fadeMask: `${uid}-fade-mask`,
    clip: (h: Half) => `${uid}-clip-${h}`,
    body: `${uid}-body`,
    noBones: `${uid}-no-bones`,
  };
  const url = (id: string) => `url(#${id})`;
  const viewBox = `${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`;

  const reduceMotion = usePrefersReducedMotion();
  const moving = animated && !reduceMotion;
  const worked = workedAreas(areas).filter(isWorkArea);
  const sides = halves(side, activeSide);
  const nowHalves = sides.filter((s) => s.now).map((s) => s.half);
  const marks = marksFor(worked, stroke);
  const pieces = piecesFor(marks);
  const label = describeBodyMap({ areas, stroke, side, activeSide, title });
  const breathes = stroke === 'still' && worked.length > 0;

  /** The worked areas on one half, clipped to the body (and the half) so no rounded edge spills out. */
  const areaShapes = (half: Half, marked: boolean) => (
    <g clipPath={url(ids.body)}>
      <g clipPath={url(ids.clip(half))}>
        {worked.map((area) => {
          const shape = AREA_SHAPES[area];
          return (
            <path
              key={area}
              d={shape.d}
              data-area={marked ? area : undefined}
              transform={half === 'right' && !shape.centred ? MIRROR : undefined}
            />
          );
        })}
      </g>
    </g>
  );

  const highlight = (half: Half, now: boolean) => (
    <g key={half} className={`bm-highlight${now ? '' : ' is-waiting'}`} data-half={half}>
      {areaShapes(half, true)}
    </g>
  );

  /**
   * For a still step, the lit areas breathe: a veil in the body's own colour fades in and out over
   * them, which dims them just as fading the highlight would, without painting the picture again.
   * It reuses the picture's clips and masks, so it covers exactly the lit muscle.
   */
  const veil = (
    <svg className="bm-veil" viewBox={viewBox} focusable="false">
      <g mask={url(ids.fadeMask)}>
        <g mask={url(ids.noBones)}>
          {sides.map(({ half }) => (
            <g key={half}>{areaShapes(half, false)}</g>
          ))}
        </g>
      </g>
    </svg>
  );

  const picture = (
    <svg className="body-map__svg" viewBox={viewBox} role="img" aria-labelledby={ids.title} focusable="false">
      <title id={ids.title}>{label}</title>
      <defs>
        <pattern
          id={ids.hatch}
          width="3.4"
          height="3.4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line className="bm-hatch-line" x1="0" y1="0" x2="0" y2="3.4" />
        </pattern>
        <marker
          id={ids.arrow}
          viewBox="0 0 10 10"
          refX="5"
          refY="5"
          markerWidth="3.2"
          markerHeight="3.2"
          orient="auto-start-reverse"
        >
          <path className="bm-arrowhead" d="M1 1 L9 5 L1 9 Z" />
        </marker>
        {(['left', 'right'] as const).map((h) => (
          <clipPath key={h} id={ids.clip(h)}>
            <rect x={h === 'left' ? 0 : MID_X} y="0" width={MID_X} height={VIEW.height + 10} />
          </clipPath>
        ))}
        <clipPath id={ids.body}>
          <path d={TRUNK_HALF} />
          <path d={TRUNK_HALF} transform={MIRROR} />
          <path d={NECK} />
        </clipPath>
        <mask
          id={ids.noBones}
          maskUnits="userSpaceOnUse"
          x={VIEW.x}
          y="0"
          width={VIEW.width}
          height={VIEW.height}
        >
          <rect x={VIEW.x} y="0" width={VIEW.width} height={VIEW.height} fill="#fff" />
          <g fill="#000" stroke="#000" strokeWidth="2.5" strokeLinejoin="round">
            <NoPressShapes />
          </g>
        </mask>
        {/* The thighs fade out at the bottom edge: the body goes on, the picture stops. */}
        <linearGradient id={ids.fade} x1="0" y1="300" x2="0" y2="358" gradientUnits="userSpaceOnUse">
          <stop offset="0" stopColor="#fff" />
          <stop offset="1" stopColor="#fff" stopOpacity="0" />
        </linearGradient>
        <mask
          id={ids.fadeMask}
          maskUnits="userSpaceOnUse"
          x={VIEW.x}
          y="0"
          width={VIEW.width}
          height={VIEW.height}
        >
          <rect x={VIEW.x} y="0" width={VIEW.width} height={VIEW.height} fill={url(ids.fade)} />
        </mask>
      </defs>

      <g mask={url(ids.fadeMask)}>
        <g className="bm-body">
          <Pair>
            <path d={ARM} />
          </Pair>
          <g className="bm-outline">
            <Pair>
              <path d={ARM} />
            </Pair>
          </g>
          <Pair>
            <path d={TRUNK_HALF} />
          </Pair>
          <path d={NECK} />
          <Pair>
            <ellipse cx={EARS.cx} cy={EARS.cy} rx={EARS.rx} ry={EARS.ry} />
          </Pair>
          <ellipse cx={HEAD.cx} cy={HEAD.cy} rx={HEAD.rx} ry={HEAD.ry} />
        </g>
        <g className="bm-outline">
          <Pair>
            <path d={TRUNK_OUTLINE} />
            <ellipse cx={EARS.cx} cy={EARS.cy} rx={EARS.rx} ry={EARS.ry} />
          </Pair>
          <ellipse cx={HEAD.cx} cy={HEAD.cy} rx={HEAD.rx} ry={HEAD.ry} />
        </g>
        {/* Bones are cut out of the highlight: the warm tone only ever lies on muscle. */}
        <g mask={url(ids.noBones)}>{sides.map(({ half, now }) => highlight(half, now))}</g>
        <g className="bm-detail">
          <Pair>
            {DETAILS.map((d) => (
              <path key={d} d={d} />
            ))}
          </Pair>
        </g>
      </g>

      <g className="bm-no-press" fill={url(ids.hatch)} data-no-press="">
        <NoPressShapes marked />
      </g>

      <g className="bm-marks" data-stroke={stroke}>
        {marksInPicture(marks, moving) &&
          nowHalves.map((half) => (
            <g key={half} data-half={half} transform={half === 'right' ? MIRROR : undefined}>
              <StrokeMarks marks={marks} moving={moving} arrow={url(ids.arrow)} />
            </g>
          ))}
      </g>

      {side !== 'both' && (
        <g className="bm-side-labels" aria-hidden="true">
          {(['left', 'right'] as const).map((h) => (
            <text
              key={h}
              className={sides.some((s) => s.half === h && s.now) ? 'is-now' : undefined}
              x={h === 'left' ? VIEW.x + 6 : VIEW.x + VIEW.width - 6}
              y="22"
              textAnchor={h === 'left' ? 'start' : 'end'}
            >
              {h === 'left' ? 'L' : 'R'}
            </text>
          ))}
        </g>
      )}
    </svg>
  );

  return (
    <div
      className={['body-map', `body-map--${size}`, className].filter(Boolean).join(' ')}
      data-motion={moving ? 'animated' : 'static'}
    >
      <div className="body-map__frame">
        {picture}
        {moving && (pieces.length > 0 || breathes) && (
          <MotionLayer stroke={stroke} halves={nowHalves} pieces={pieces} veil={breathes ? veil : null} />
        )}
      </div>
      {legend && (
        <p className="body-map__legend" aria-hidden="true">
          <svg className="body-map__swatch" viewBox="0 0 16 16" focusable="false">
            <rect x="1.5" y="1.5" width="13" height="13" rx="3" fill={url(ids.hatch)} />
          </svg>
          No pressure on spine or bones
        </p>
      )}
    </div>
  );
}
