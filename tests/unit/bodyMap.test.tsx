import { act, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BodyMap } from '../../src/components/BodyMap';
import { START_TIMEOUT_MS } from '../../src/components/BodyMap/BodyMap';
import { workedAreas } from '../../src/components/BodyMap/describe';
import { HIP_BONE, isWorkArea, MID_X, SHOULDER_BLADE, SPINE } from '../../src/components/BodyMap/geometry';
import { FPS, sampleMotion } from '../../src/components/BodyMap/loop';
import { circleArc, marksFor, piecesFor } from '../../src/components/BodyMap/marks';
import { routines } from '../../src/content';
import { Stroke, type BodyArea, type Side } from '../../src/content/schema';
import { techniques } from '../../src/content/techniques';

/**
 * One fake `prefers-reduced-motion` query for the whole file. The map asks once and then listens for
 * changes, so tests flip this one object rather than installing a new mock each time.
 */
const reducedMotionQuery = (() => {
  let reduce = false;
  const listeners = new Set<() => void>();
  const mql = {
    get matches() {
      return reduce;
    },
    media: '(prefers-reduced-motion)',
    onchange: null,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    addListener: (fn: () => void) => listeners.add(fn),
    removeListener: (fn: () => void) => listeners.delete(fn),
    dispatchEvent: () => true,
  };
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) =>
      query.includes('prefers-reduced-motion') ? mql : { ...mql, matches: false, media: query },
  });
  return {
    set(value: boolean) {
      reduce = value;
      listeners.forEach((fn) => fn());
    },
  };
})();

beforeEach(() => reducedMotionQuery.set(false));

/** The areas lit on each half of the picture, in drawing order. */
function litAreas(img: HTMLElement) {
  const lit = (half: 'left' | 'right') => {
    const group = img.querySelector(`.bm-highlight[data-half="${half}"]`);
    if (!group) return null;
    return {
      areas: [...group.querySelectorAll('[data-area]')].map((el) => el.getAttribute('data-area')),
      waiting: group.classList.contains('is-waiting'),
    };
  };
  return { left: lit('left'), right: lit('right') };
}

const marksOn = (img: HTMLElement) =>
  [...img.querySelectorAll('.bm-marks > [data-half]')].map((g) => g.getAttribute('data-half'));

describe('BodyMap', () => {
  it('names the stroke and the worked areas, and warns off the spine and bones', () => {
    render(<BodyMap areas={['lower-back', 'beside-spine']} stroke="glide-up" />);
    expect(
      screen.getByRole('img', {
        name: 'Gliding upward over: lower back, muscles beside the spine. No pressure on the spine or bones.',
      }),
    ).toBeInTheDocument();
  });

  it('leads with the title and says which side is worked now', () => {
    render(
      <BodyMap
        title="Thumb glide"
        areas={['beside-spine']}
        stroke="glide-up"
        side="each"
        activeSide="second"
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Thumb glide. Gliding upward over: muscles beside the spine. One side, then the other: now the right side. No pressure on the spine or bones.',
      }),
    ).toBeInTheDocument();
  });

  it.each(Stroke.options)('puts the %s stroke into words', (stroke) => {
    render(<BodyMap areas={['glutes']} stroke={stroke} />);
    const name = screen.getByRole('img').getAttribute('aria-labelledby');
    const title = document.getElementById(name ?? '');
    expect(title?.textContent).toMatch(/^[A-Z][a-z ,]+ over: glutes\. No pressure on the spine or bones\.$/);
  });

  it('draws the spine, both shoulder blades and both hip bones as no-press zones, with a key', () => {
    render(<BodyMap areas={['mid-back']} stroke="circles" />);
    const img = screen.getByRole('img', { name: /No pressure on the spine or bones\./ });
    const zones = [...img.querySelectorAll('[data-no-press] [data-zone]')].map((el) =>
      el.getAttribute('data-zone'),
    );
    expect(zones.sort()).toEqual([
      'hip-bones',
      'hip-bones',
      'shoulder-blade-bones',
      'shoulder-blade-bones',
      'spine',
    ]);
    expect(screen.getByText('No pressure on spine or bones')).toBeVisible();
  });

  it('leaves the key out of a small thumbnail but keeps the warning in the name', () => {
    render(<BodyMap areas={['mid-back']} stroke="circles" size="small" />);
    expect(screen.queryByText('No pressure on spine or bones')).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: /No pressure on the spine or bones\./ })).toBeInTheDocument();
  });

  it('lights exactly the areas given, on both halves', () => {
    const areas: BodyArea[] = ['shoulders', 'upper-trapezius', 'neck'];
    render(<BodyMap areas={areas} stroke="kneading" />);
    const lit = litAreas(screen.getByRole('img'));
    expect(lit.left).toEqual({ areas, waiting: false });
    expect(lit.right).toEqual({ areas, waiting: false });
  });

  it('never lights a no-press zone, even when asked to', () => {
    render(<BodyMap areas={['spine', 'lower-back', 'hip-bones']} stroke="hold" />);
    const img = screen.getByRole('img', {
      name: 'Holding steady pressure over: lower back. No pressure on the spine or bones.',
    });
    expect(litAreas(img).left?.areas).toEqual(['lower-back']);
  });

  it('lights and marks only the named half for a one-sided step', () => {
    render(<BodyMap areas={['sides']} stroke="pull-across" side="left" />);
    const img = screen.getByRole('img', { name: /Left side only\./ });
    expect(litAreas(img)).toEqual({ left: { areas: ['sides'], waiting: false }, right: null });
    expect(marksOn(img)).toEqual(['left']);
  });

  it('shows the first side (the left) as worked and the second as waiting, then swaps', () => {
    const { rerender } = render(
      <BodyMap areas={['glutes']} stroke="glide-out" side="each" activeSide="first" />,
    );
    let img = screen.getByRole('img', { name: /now the left side/ });
    expect(litAreas(img)).toEqual({
      left: { areas: ['glutes'], waiting: false },
      right: { areas: ['glutes'], waiting: true },
    });
    expect(marksOn(img)).toEqual(['left']);

    rerender(<BodyMap areas={['glutes']} stroke="glide-out" side="each" activeSide="second" />);
    img = screen.getByRole('img', { name: /now the right side/ });
    expect(litAreas(img).left?.waiting).toBe(true);
    expect(litAreas(img).right?.waiting).toBe(false);
    expect(marksOn(img)).toEqual(['right']);
  });

  it('animates the stroke when motion is welcome', () => {
    const { container } = render(<BodyMap areas={['lower-back']} stroke="glide-up" />);
    expect(container.querySelector('.body-map')).toHaveAttribute('data-motion', 'animated');
    // A hand travels the faint arrow.
    expect(container.querySelector('.bm-marks .bm-hand')).toBeInTheDocument();
    expect(container.querySelector('.bm-marks .bm-arrow.is-faint')).toBeInTheDocument();
  });

  it('draws still marks for the same stroke when the device asks for reduced motion', () => {
    reducedMotionQuery.set(true);
    const { container } = render(<BodyMap areas={['lower-back']} stroke="glide-up" />);
    expect(screen.getByRole('img', { name: /^Gliding upward over: lower back\./ })).toBeInTheDocument();
    expect(container.querySelector('.body-map')).toHaveAttribute('data-motion', 'static');
    const arrows = container.querySelectorAll('.bm-marks .bm-arrow');
    expect(arrows).toHaveLength(2); // one per half
    arrows.forEach((arrow) => {
      expect(arrow).not.toHaveClass('is-faint');
      expect(arrow.getAttribute('marker-end')).toMatch(/^url\(#.+\)$/);
    });
    expect(container.querySelector('.bm-marks .bm-hand')).not.toBeInTheDocument();
  });

  it('draws still marks when told not to animate, e.g. while paused', () => {
    const { container } = render(<BodyMap areas={['glutes']} stroke="rolling" animated={false} />);
    expect(container.querySelector('.body-map')).toHaveAttribute('data-motion', 'static');
    expect(container.querySelectorAll('.bm-marks .bm-ball')).toHaveLength(2);
  });

  it('takes over a prerendered picture without a mismatch, then honours reduced motion', async () => {
    const map = <BodyMap areas={['glutes']} stroke="rolling" />;
    const host = document.createElement('div');
    host.innerHTML = renderToString(map); // prerendered, knowing nothing of the device
    document.body.append(host);
    reducedMotionQuery.set(true); // the device that opens the page asks for less motion
    const mismatch = vi.fn();
    const root = await act(async () => hydrateRoot(host, map, { onRecoverableError: mismatch }));
    expect(mismatch).not.toHaveBeenCalled();
    expect(host.querySelector('.body-map')).toHaveAttribute('data-motion', 'static');
    expect(host.querySelector('.body-map__motion')).not.toBeInTheDocument();
    act(() => root.unmount());
    host.remove();
  });

  it.each(Stroke.options.filter((s) => s !== 'still'))('draws marks for %s, still or moving', (stroke) => {
    for (const reduce of [true, false]) {
      reducedMotionQuery.set(reduce);
      const { container, unmount } = render(
        <BodyMap areas={['lower-back', 'beside-spine']} stroke={stroke} />,
      );
      expect(container.querySelector('.bm-marks [data-half="left"]')?.childElementCount).toBeGreaterThan(0);
      unmount();
    }
  });

  it('keeps small thumbnails still unless asked to move', () => {
    const { container, rerender } = render(<BodyMap areas={['glutes']} stroke="tapping" size="small" />);
    expect(container.querySelector('.body-map')).toHaveAttribute('data-motion', 'static');
    rerender(<BodyMap areas={['glutes']} stroke="tapping" size="small" animated />);
    expect(container.querySelector('.body-map')).toHaveAttribute('data-motion', 'animated');
  });

  it('keeps ids unique when several maps share a page', () => {
    render(
      <>
        <BodyMap areas={['glutes']} stroke="tapping" size="small" />
        <BodyMap areas={['hamstrings']} stroke="kneading" size="small" />
      </>,
    );
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });
});

/** Stands in for Element.animate (jsdom has none): records each loop started, and whether it was stopped. */
function recordAnimations() {
  const started: {
    el: Element;
    keyframes: Keyframe[];
    options: KeyframeAnimationOptions;
    cancelled: boolean;
  }[] = [];
  Element.prototype.animate = function (keyframes, options) {
    const entry = {
      el: this,
      keyframes: keyframes as Keyframe[],
      options: options as KeyframeAnimationOptions,
      cancelled: false,
    };
    started.push(entry);
    return { cancel: () => void (entry.cancelled = true) } as Animation;
  };
  return started;
}

/** The layer over the picture that holds what moves, and whether it is moving now. */
const motionLayer = (container: HTMLElement) => container.querySelector<HTMLElement>('.body-map__motion');
const isPlaying = (container: HTMLElement) => motionLayer(container)?.dataset.playing === 'true';
/** Where each moving piece is drawn now: its transform, with no transform written as `none`. */
const piecePlaces = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('.bm-piece')].map((el) => el.style.transform || 'none');

/** A stand-in IntersectionObserver, so a test can scroll the picture out of view and back. */
function fakeIntersectionObserver() {
  const observers: { callback: IntersectionObserverCallback; target?: Element }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private entry: (typeof observers)[number];
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.target = target;
      }
      disconnect() {
        observers.splice(observers.indexOf(this.entry), 1);
      }
    },
  );
  return async (visible: boolean) => {
    act(() => {
      for (const { callback, target } of observers) {
        if (!target) continue;
        callback(
          [{ isIntersecting: visible, target } as IntersectionObserverEntry],
          {} as IntersectionObserver,
        );
      }
    });
    await act(() => vi.advanceTimersByTimeAsync(20));
  };
}

describe('BodyMap motion', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    delete (Element.prototype as Partial<Element>).animate;
  });

  /** Lets the page settle: the start delay passes and the animation code loads. */
  const settle = async (container: HTMLElement) => {
    await act(() => vi.advanceTimersByTimeAsync(START_TIMEOUT_MS));
    await waitFor(() => expect(isPlaying(container)).toBe(true));
  };

  it('draws the moving pieces in a layer of their own over the picture', () => {
    const { container } = render(<BodyMap areas={['lower-back']} stroke="kneading" />);
    const img = screen.getByRole('img', { name: /^Kneading over: lower back\./ });
    const layer = motionLayer(container);
    expect(layer).toBeInTheDocument();
    expect(layer).toHaveAttribute('aria-hidden', 'true');
    expect(img).not.toContainElement(layer);
    // Two hands squeezing on each half; the picture keeps only the faint arrows they travel.
    expect(layer?.querySelectorAll('.bm-piece .bm-hand')).toHaveLength(4);
    expect(img.querySelector('.bm-hand')).not.toBeInTheDocument();
    expect(img.querySelectorAll('.bm-marks .bm-arrow.is-faint').length).toBeGreaterThan(0);
    expect([...layer!.querySelectorAll('[data-half]')].map((h) => h.getAttribute('data-half'))).toEqual([
      'left',
      'right',
    ]);
  });

  it('rests on the first frame until the page has settled, then moves on the compositor', async () => {
    const started = recordAnimations();
    const { container } = render(<BodyMap areas={['lower-back']} stroke="kneading" />);
    const resting = piecePlaces(container);
    await act(() => vi.advanceTimersByTimeAsync(START_TIMEOUT_MS - 100));
    expect(container.querySelector('.body-map')).toHaveAttribute('data-motion', 'animated');
    expect(isPlaying(container)).toBe(false);
    expect(started).toHaveLength(0);

    await settle(container);
    // Each of the four hands gets one loop of transforms, nothing else, forever...
    expect(started).toHaveLength(4);
    for (const [i, { el, keyframes, options }] of started.entries()) {
      expect(el).toHaveClass('bm-piece');
      expect(Object.keys(keyframes[0]!).sort()).toEqual(['easing', 'offset', 'transform']);
      expect(options.iterations).toBe(Infinity);
      // ...held frame to frame, so the compositor draws only FPS frames a second...
      expect(keyframes.every((k) => k.easing === 'step-end')).toBe(true);
      expect(options.duration).toBeCloseTo(((keyframes.length - 1) * 1000) / FPS, 6);
      // ...starting where the piece rested, so nothing jumps, and then moving.
      expect(keyframes[0]!.transform).toBe(resting[i]);
      expect(new Set(keyframes.map((k) => k.transform)).size).toBeGreaterThan(2);
    }
  });

  it('stops the loops when the picture stops moving', async () => {
    const started = recordAnimations();
    const { container, rerender } = render(<BodyMap areas={['mid-back']} stroke="circles" />);
    await settle(container);
    expect(started.length).toBeGreaterThan(0);
    rerender(<BodyMap areas={['mid-back']} stroke="circles" animated={false} />);
    expect(started.every((s) => s.cancelled)).toBe(true);
  });

  it('stays still, with no moving layer, when told not to animate', async () => {
    const { container, rerender } = render(<BodyMap areas={['glutes']} stroke="rolling" />);
    await settle(container);

    // A session pauses: the ball comes back into the picture and nothing waits to move.
    rerender(<BodyMap areas={['glutes']} stroke="rolling" animated={false} />);
    expect(container.querySelector('.body-map')).toHaveAttribute('data-motion', 'static');
    expect(motionLayer(container)).not.toBeInTheDocument();
    expect(screen.getByRole('img').querySelectorAll('.bm-ball')).toHaveLength(2);
    await act(() => vi.advanceTimersByTimeAsync(2 * START_TIMEOUT_MS));
    expect(motionLayer(container)).not.toBeInTheDocument();
  });

  it('pauses while the picture is off screen', async () => {
    const scroll = fakeIntersectionObserver();
    const { container } = render(<BodyMap areas={['mid-back']} stroke="circles" />);
    await settle(container);

    await scroll(false);
    expect(isPlaying(container)).toBe(false);
    await scroll(true);
    expect(isPlaying(container)).toBe(true);
  });

  it('pauses while the page is hidden', async () => {
    let state: DocumentVisibilityState = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => state);
    const { container } = render(<BodyMap areas={['shoulders']} stroke="tapping" />);
    await settle(container);

    const show = async (shown: DocumentVisibilityState) => {
      state = shown;
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
      await act(() => vi.advanceTimersByTimeAsync(20));
    };
    await show('hidden');
    expect(isPlaying(container)).toBe(false);
    await show('visible');
    expect(isPlaying(container)).toBe(true);
  });

  it('lets a still step breathe with a veil over the lit areas, not by repainting them', () => {
    const { container } = render(<BodyMap areas={['lower-back']} stroke="still" />);
    const layer = motionLayer(container);
    expect(layer?.querySelector('.bm-breath .bm-veil')).toBeInTheDocument();
    expect(layer?.querySelector('.bm-breath')).toHaveStyle({ opacity: '0' });
  });
});

describe('moving pieces', () => {
  it.each(Stroke.options)(
    'start %s where the still picture has them, with keyframes that line up',
    (stroke) => {
      const pieces = piecesFor(marksFor(['lower-back', 'beside-spine', 'glutes'], stroke));
      expect(pieces.length > 0).toBe(stroke !== 'still');
      for (const { motion } of pieces) {
        const lists = [motion.x, motion.y, motion.rotate, motion.scale, motion.opacity].filter(
          (list): list is number[] => list !== undefined,
        );
        expect(lists.length).toBeGreaterThan(0);
        // Every list has a value for each keyframe, and each gap between them its easing.
        const count = lists[0]!.length;
        for (const list of lists) expect(list).toHaveLength(count);
        if (motion.times) expect(motion.times).toHaveLength(count);
        if (Array.isArray(motion.ease)) expect(motion.ease).toHaveLength(count - 1);
        else if (count > 2) expect(motion.ease).toBe('linear');
        // No offset at the first frame: the piece starts on its mark.
        for (const list of [motion.x, motion.y, motion.rotate]) expect(list?.[0] ?? 0).toBe(0);
      }
    },
  );
});

describe('a loop drawn frame by frame', () => {
  it.each(Stroke.options.filter((s) => s !== 'still'))(
    '%s: each channel starts on its first keyframe, passes through every keyframe and ends on the last',
    (stroke) => {
      for (const { motion } of piecesFor(marksFor(['lower-back', 'shoulders'], stroke))) {
        const sampled = sampleMotion(motion);
        expect(sampled.frames).toBe(Math.max(1, Math.round(motion.duration * FPS)));
        for (const channel of ['x', 'y', 'rotate', 'scale', 'opacity'] as const) {
          const keys = motion[channel];
          if (!keys) continue;
          const frames = sampled[channel]!;
          expect(frames).toHaveLength(sampled.frames + 1);
          expect(frames[0]).toBeCloseTo(keys[0]!, 3);
          expect(frames[frames.length - 1]).toBeCloseTo(keys[keys.length - 1]!, 3);
          // Never outside what the keyframes span: no easing overshoots.
          const [lo, hi] = [Math.min(...keys), Math.max(...keys)];
          for (const v of frames) expect(v >= lo - 1e-3 && v <= hi + 1e-3).toBe(true);
        }
      }
    },
  );

  it('eases in and out between keyframes rather than at an even pace', () => {
    const { x } = sampleMotion({ x: [0, 100], duration: 1, ease: 'easeInOut' }, 10);
    expect(x).toHaveLength(11);
    expect(x![5]).toBeCloseTo(50, 1);
    // Slow at both ends, fast in the middle.
    expect(x![1]! - x![0]!).toBeLessThan(x![6]! - x![5]!);
    expect(x![10]! - x![9]!).toBeLessThan(x![6]! - x![5]!);
    expect(sampleMotion({ x: [0, 100], duration: 1, ease: 'linear' }, 10).x![3]).toBeCloseTo(30, 6);
  });
});

/**
 * Geometry: whatever the picture draws for a stroke (the arrows, circles, squeezes, fingertips, the
 * ball and the pressure dot) and wherever the moving pieces travel must stay off the hatched bands:
 * the spine with the sacrum and tailbone, the shoulder blades and the hip bones. A picture that
 * draws a track over bone teaches the very thing the app warns against.
 */
describe('stroke marks keep off the no-press zones', () => {
  /** How close a drawn line's centre may come to a band: half the width of an arrow, so no ink touches it. */
  const CLEARANCE = 1.5;
  /** Longest gap between two sampled points of a mark; far narrower than any band, so nothing slips through. */
  const STEP = 0.25;
  /** Longest side of the outline a band is traced as: its curves are followed to well within STEP. */
  const ZONE_STEP = 1;

  type Pt = { x: number; y: number };
  const mirror = (p: Pt): Pt => ({ x: 2 * MID_X - p.x, y: p.y });
  const segment = (a: Pt, b: Pt, step = STEP): Pt[] => {
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    return Array.from({ length: n + 1 }, (_, i) => ({
      x: a.x + ((b.x - a.x) * i) / n,
      y: a.y + ((b.y - a.y) * i) / n,
    }));
  };
  const ring = (c: Pt, r: number, from = 0, sweep = 2 * Math.PI, step = STEP): Pt[] => {
    const n = Math.max(8, Math.ceil((Math.abs(sweep) * r) / step));
    return Array.from({ length: n + 1 }, (_, i) => {
      const a = from + (sweep * i) / n;
      return { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
    });
  };

  /** An SVG arc (rx = ry, no rotation) from `a` to `b`, as its centre, start angle and sweep. */
  function arc(a: Pt, b: Pt, radius: number, large: boolean, sweepFlag: boolean) {
    const hx = (a.x - b.x) / 2;
    const hy = (a.y - b.y) / 2;
    const half = Math.hypot(hx, hy);
    const r = Math.max(radius, half);
    const k = ((large !== sweepFlag ? 1 : -1) * Math.sqrt(Math.max(0, r * r - half * half))) / (half || 1);
    const cx = k * hy;
    const cy = -k * hx;
    const start = Math.atan2(hy - cy, hx - cx);
    let sweep = Math.atan2(-hy - cy, -hx - cx) - start;
    if (sweepFlag && sweep < 0) sweep += 2 * Math.PI;
    if (!sweepFlag && sweep > 0) sweep -= 2 * Math.PI;
    return { c: { x: cx + (a.x + b.x) / 2, y: cy + (a.y + b.y) / 2 }, r, start, sweep };
  }

  /** Points along an SVG path of absolute M, L, C, A and Z commands, no further apart than `step`. */
  function samplePath(d: string, step = STEP): Pt[] {
    const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
    const out: Pt[] = [];
    let at: Pt = { x: 0, y: 0 };
    let start = at;
    let i = 0;
    const num = () => Number(tokens[i++]);
    const pt = () => ({ x: num(), y: num() });
    while (i < tokens.length) {
      const cmd = tokens[i++]!;
      switch (cmd) {
        case 'M':
          at = start = pt();
          out.push(at);
          break;
        case 'L': {
          const to = pt();
          out.push(...segment(at, to, step).slice(1));
          at = to;
          break;
        }
        case 'C': {
          const [c1, c2, to] = [pt(), pt(), pt()];
          const rough = Math.hypot(c1.x - at.x, c1.y - at.y) + Math.hypot(c2.x - c1.x, c2.y - c1.y);
          const n = Math.max(8, Math.ceil((2 * (rough + Math.hypot(to.x - c2.x, to.y - c2.y))) / step));
          const from = at;
          for (let k = 1; k <= n; k++) {
            const t = k / n;
            const u = 1 - t;
            const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
            out.push({
              x: w[0] * from.x + w[1] * c1.x + w[2] * c2.x + w[3] * to.x,
              y: w[0] * from.y + w[1] * c1.y + w[2] * c2.y + w[3] * to.y,
            });
          }
          at = to;
          break;
        }
        case 'A': {
          const rx = num();
          const ry = num();
          const rotation = num();
          const large = num() === 1;
          const sweep = num() === 1;
          const to = pt();
          if (rx !== ry || rotation !== 0) throw new Error(`Only circular arcs are sampled: ${d}`);
          const a = arc(at, to, rx, large, sweep);
          out.push(...ring(a.c, a.r, a.start, a.sweep, step).slice(1));
          at = to;
          break;
        }
        case 'Z':
        case 'z':
          out.push(...segment(at, start, step).slice(1));
          at = start;
          break;
        default:
          throw new Error(`Path command ${cmd} is not sampled: ${d}`);
      }
    }
    return out;
  }

  /** A band as a closed outline of points, tested by ray casting and by distance to its edge. */
  type Zone = { name: string; outline: Pt[]; box: { x0: number; x1: number; y0: number; y1: number } };
  const zone = (name: string, d: string, flip = false): Zone => {
    const outline = flip ? samplePath(d, ZONE_STEP).map(mirror) : samplePath(d, ZONE_STEP);
    const xs = outline.map((p) => p.x);
    const ys = outline.map((p) => p.y);
    const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    return { name, outline, box };
  };
  const zones: Zone[] = [
    zone('spine', SPINE),
    zone('left shoulder blade', SHOULDER_BLADE),
    zone('right shoulder blade', SHOULDER_BLADE, true),
    zone('left hip bone', HIP_BONE),
    zone('right hip bone', HIP_BONE, true),
  ];
  /** Where the spine widens into the sacrum, ending in the tailbone. */
  const SACRUM_TOP = Math.min(
    ...zones[0]!.outline.filter((p) => Math.abs(p.x - MID_X) > 3.5).map((p) => p.y),
  );

  function inside({ x, y }: Pt, outline: Pt[]): boolean {
    let within = false;
    for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
      const a = outline[i]!;
      const b = outline[j]!;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) within = !within;
    }
    return within;
  }
  function distanceToEdge(p: Pt, outline: Pt[]): number {
    let best = Infinity;
    for (let i = 1; i < outline.length; i++) {
      const a = outline[i - 1]!;
      const b = outline[i]!;
      const len2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
      const t = Math.min(1, Math.max(0, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / len2));
      best = Math.min(best, Math.hypot(p.x - a.x - t * (b.x - a.x), p.y - a.y - t * (b.y - a.y)));
    }
    return best;
  }
  /** The zone a point lies in or too close to, if any. */
  function zoneAt(p: Pt, clearance = CLEARANCE): string | undefined {
    const near = ({ box }: Zone) =>
      p.x > box.x0 - clearance &&
      p.x < box.x1 + clearance &&
      p.y > box.y0 - clearance &&
      p.y < box.y1 + clearance;
    const hit = zones.find(
      (z) => near(z) && (inside(p, z.outline) || distanceToEdge(p, z.outline) < clearance),
    );
    if (!hit) return undefined;
    return hit.name === 'spine' && p.y > SACRUM_TOP ? 'sacrum and tailbone' : hit.name;
  }

  /**
   * A mark drawn in the still picture, or the way a moving piece travels, as sampled points, and how
   * far they must keep from the bands: a ball is drawn as the thing that presses, so all of it must.
   */
  type Trace = { what: string; points: Pt[]; clearance?: number };

  /**
   * How far an arrowhead reaches past the end of its line: the marker is 3.2 line widths wide, its
   * tip 0.4 of that past the end. Lines are 3 wide (--bm-stroke in bodyMap.css), thin ones 0.75 of that.
   */
  const arrowTip = (el: Element) => {
    const marker = document.getElementById(
      /url\(#(.+)\)/.exec(el.getAttribute('marker-end') ?? '')?.[1] ?? '',
    );
    const width = 3 * (el.classList.contains('is-thin') ? 0.75 : 1);
    return 0.4 * Number(marker?.getAttribute('markerWidth')) * width;
  };
  /** The line carried on past its last point, as far as `length`, the way it was heading. */
  const carryOn = (points: Pt[], length: number): Pt[] => {
    const end = points[points.length - 1]!;
    const before = [...points].reverse().find((p) => Math.hypot(p.x - end.x, p.y - end.y) > 0.1)!;
    const d = Math.hypot(end.x - before.x, end.y - before.y);
    const tip = {
      x: end.x + ((end.x - before.x) * length) / d,
      y: end.y + ((end.y - before.y) * length) / d,
    };
    return segment(end, tip).slice(1);
  };

  /** Everything the still picture draws for the stroke, read from the rendered SVG, on both halves. */
  function drawnTraces(img: Element): Trace[] {
    return [...img.querySelectorAll('.bm-marks > [data-half]')].flatMap((group) => {
      const half = group.getAttribute('data-half');
      const transform = group.getAttribute('transform');
      expect(transform ?? null).toBe(half === 'right' ? `matrix(-1 0 0 1 ${2 * MID_X} 0)` : null);
      const place = (points: Pt[]) => (half === 'right' ? points.map(mirror) : points);
      // Each line with its arrowheads: at the end, and at the start too for a line there and back.
      const lines = [...group.querySelectorAll('path.bm-arrow')].map((el) => {
        const line = samplePath(el.getAttribute('d')!);
        expect(el.getAttribute('marker-end')).toBeTruthy();
        const start = el.getAttribute('marker-start') ? carryOn([...line].reverse(), arrowTip(el)) : [];
        return {
          what: `${half} arrow ${el.getAttribute('d')}`,
          points: place([...start, ...line, ...carryOn(line, arrowTip(el))]),
        };
      });
      // The pressure dot and the fingertips: where they press.
      const spots = [...group.querySelectorAll('circle.bm-hand, circle.bm-mark')].map((el) => {
        const at = { x: Number(el.getAttribute('cx')), y: Number(el.getAttribute('cy')) };
        return { what: `${half} ${el.getAttribute('class')} at ${at.x},${at.y}`, points: place([at]) };
      });
      // The rings round them, thin lines (1.3 wide) that may touch a band but not cross it.
      const rings = [...group.querySelectorAll('circle.bm-ring')].map((el) => {
        const at = { x: Number(el.getAttribute('cx')), y: Number(el.getAttribute('cy')) };
        const r = Number(el.getAttribute('r'));
        return { what: `${half} ring round ${at.x},${at.y}`, points: place(ring(at, r)), clearance: 0.65 };
      });
      const balls = [...group.querySelectorAll('circle.bm-ball')].map((el) => {
        const at = { x: Number(el.getAttribute('cx')), y: Number(el.getAttribute('cy')) };
        const clearance = Number(el.getAttribute('r'));
        return { what: `${half} ball at ${at.x},${at.y}`, points: place([at]), clearance };
      });
      return [...lines, ...spots, ...rings, ...balls];
    });
  }

  /** Where the moving pieces travel: between their keyframes, or round the circle they turn on. */
  function movingTraces(areas: readonly BodyArea[], stroke: Stroke): Trace[] {
    const pieces = piecesFor(marksFor(workedAreas(areas).filter(isWorkArea), stroke));
    return pieces
      .filter((piece) => piece.look !== 'ring')
      .flatMap((piece) => {
        const { at, orbit, motion } = piece;
        let points: Pt[];
        if (orbit) {
          expect(motion.rotate).toBeDefined();
          points = ring(at, orbit);
        } else {
          const count = Math.max(motion.x?.length ?? 1, motion.y?.length ?? 1);
          const keys = Array.from({ length: count }, (_, k) => ({
            x: at.x + (motion.x?.[k] ?? 0),
            y: at.y + (motion.y?.[k] ?? 0),
          }));
          points = keys.length === 1 ? keys : keys.slice(1).flatMap((p, k) => segment(keys[k]!, p));
        }
        const clearance = piece.look === 'ball' ? piece.r : undefined;
        return [
          { what: `moving ${piece.look} from ${at.x.toFixed(1)},${at.y.toFixed(1)}`, points, clearance },
          { what: `moving ${piece.look} (right half)`, points: points.map(mirror), clearance },
        ];
      });
  }

  function offBone(areas: readonly BodyArea[], stroke: Stroke, side: Side) {
    const { container, unmount } = render(
      <BodyMap areas={areas} stroke={stroke} side={side} size="large" animated={false} />,
    );
    const traces = [
      ...drawnTraces(container.querySelector('svg.body-map__svg')!),
      ...movingTraces(areas, stroke),
    ];
    unmount();
    const crossings = traces.flatMap(({ what, points, clearance }) => {
      const hits = new Map<string, Pt>();
      for (const p of points) {
        const hit = zoneAt(p, clearance);
        if (hit && !hits.has(hit)) hits.set(hit, p);
      }
      return [...hits].map(
        ([name, p]) => `${what} enters the ${name} at ${p.x.toFixed(1)},${p.y.toFixed(1)}`,
      );
    });
    return { traces, crossings };
  }

  it('samples the bands and the marks finely enough to catch a crossing', () => {
    for (const z of zones) {
      for (let i = 1; i < z.outline.length; i++) {
        const [a, b] = [z.outline[i - 1]!, z.outline[i]!];
        expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThanOrEqual(ZONE_STEP + 1e-9);
      }
    }
    // A circle mark's arc is read as most of a turn round its centre.
    const { from, to } = circleArc({ x: 70, y: 170, r: 9 });
    const arcPoints = samplePath(`M${from.x} ${from.y} A9 9 0 1 0 ${to.x} ${to.y}`);
    arcPoints.forEach((p) => expect(Math.hypot(p.x - 70, p.y - 170)).toBeCloseTo(9, 6));
    expect(arcPoints.length * STEP).toBeGreaterThan((290 / 360) * 2 * Math.PI * 9);
    expect(arcPoints.some((p) => p.x > 78.5)).toBe(true); // round the right-hand side, where 290° reaches
    // A line straight across the spine, and a circle round the hip bone's middle, are caught.
    expect(samplePath('M90 150 L110 150').some((p) => zoneAt(p) === 'spine')).toBe(true);
    expect(samplePath('M80 240 A4 4 0 1 0 80.1 240').some((p) => zoneAt(p) === 'left hip bone')).toBe(true);
    expect(zoneAt({ x: 100, y: 262 })).toBe('sacrum and tailbone');
    expect(zoneAt({ x: 75, y: 170 })).toBeUndefined();
  });

  const steps = routines.flatMap((routine) =>
    routine.steps.map((step) => ({ ...step, name: `${routine.id} / ${step.id}` })),
  );
  it.each(steps)('routine step $name ($stroke) stays on muscle', ({ bodyAreas, stroke, side }) => {
    const { traces, crossings } = offBone(bodyAreas, stroke, side);
    expect(traces.length > 0).toBe(stroke !== 'still');
    expect(crossings).toEqual([]);
  });

  it.each(techniques.map((t) => ({ ...t, name: t.id })))(
    'technique page $name ($stroke) stays on muscle',
    ({ bodyAreas, stroke }) => {
      expect(offBone(bodyAreas, stroke, 'both').crossings).toEqual([]);
    },
  );
});
