/**
 * A moving piece's loop as a Web Animation: transforms and opacity only, which the browser runs on
 * the compositor, with no animation library on the page. The motion is drawn at `FPS` frames a
 * second and held between them: the compositor makes a new frame only when something moves, and in
 * Chromium every frame still costs the main thread a little (it is told each frame was shown), so a
 * picture moving at 60 frames a second would cost a running session more than its countdown does.
 * Where `animate` is missing (old browsers, jsdom) nothing moves.
 */
import type { Ease, Motion } from './marks';

/** Frames a second. Loops and delays are rounded to whole frames, so all pieces change on the same ones. */
export const FPS = 20;

/** The motion's channels, one number per frame. */
export interface Sampled {
  x?: number[];
  y?: number[];
  rotate?: number[];
  scale?: number[];
  opacity?: number[];
  /** Frames in one loop; each channel has one more value, the loop's end. */
  frames: number;
}

const CHANNELS = ['x', 'y', 'rotate', 'scale', 'opacity'] as const;

/** Cubic Bézier easing from (0,0) to (1,1) through (x1,y1), (x2,y2), as CSS defines it. */
function bezier(x1: number, y1: number, x2: number, y2: number) {
  const at = (a: number, b: number, t: number) => 3 * a * t * (1 - t) ** 2 + 3 * b * t * t * (1 - t) + t ** 3;
  return (u: number) => {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (at(x1, x2, mid) < u) lo = mid;
      else hi = mid;
    }
    return at(y1, y2, (lo + hi) / 2);
  };
}

const EASE: Record<Ease, (u: number) => number> = {
  linear: (u) => u,
  easeOut: bezier(0, 0, 0.58, 1),
  easeInOut: bezier(0.42, 0, 0.58, 1),
};

const easeOf = (ease: Motion['ease'], gap: number) =>
  EASE[typeof ease === 'string' ? ease : (ease[gap] ?? ease[ease.length - 1] ?? 'linear')];

/** Each channel of `motion` read at every frame of one loop, eased as its keyframes say. */
export function sampleMotion(motion: Motion, fps = FPS): Sampled {
  const frames = Math.max(1, Math.round(motion.duration * fps));
  const sampled: Sampled = { frames };
  for (const channel of CHANNELS) {
    const keys = motion[channel];
    if (!keys || keys.length === 0) continue;
    const times = motion.times ?? keys.map((_, i) => (keys.length === 1 ? 0 : i / (keys.length - 1)));
    sampled[channel] = Array.from({ length: frames + 1 }, (_, f) => {
      const p = f / frames;
      let gap = 0;
      while (gap < keys.length - 2 && p > times[gap + 1]!) gap++;
      const from = keys[gap]!;
      const to = keys[gap + 1] ?? from;
      const span = times[gap + 1]! - times[gap]!;
      const u = span > 0 ? Math.min(1, Math.max(0, (p - times[gap]!) / span)) : 1;
      return +(from + (to - from) * easeOf(motion.ease, gap)(u)).toFixed(3);
    });
  }
  return sampled;
}

/** Each value as its own list of keyframes, one per frame: a transform, an opacity. */
export interface LoopValues {
  transform?: string[];
  opacity?: number[];
}

/** Keyframes that hold each frame's value until the next: no in-between frames to draw. */
export function keyframesOf(property: keyof LoopValues, list: readonly (string | number)[]): Keyframe[] {
  return list.map((value, i) => ({
    [property]: value,
    offset: list.length === 1 ? 0 : i / (list.length - 1),
    easing: 'step-end',
  }));
}

/**
 * Starts the loop of `frames` frames on `el`, forever, after `delay` seconds; the returned function
 * stops it and leaves the element as it was.
 */
export function playLoop(el: Element, values: LoopValues, frames: number, delay = 0): () => void {
  if (typeof el.animate !== 'function') return () => {};
  const frame = 1000 / FPS;
  const timing: KeyframeAnimationOptions = {
    duration: frames * frame,
    delay: Math.round((delay * 1000) / frame) * frame,
    iterations: Infinity,
  };
  const animations = (Object.keys(values) as (keyof LoopValues)[]).flatMap((property) => {
    const list = values[property];
    return list ? [el.animate(keyframesOf(property, list), timing)] : [];
  });
  return () => animations.forEach((a) => a.cancel());
}
