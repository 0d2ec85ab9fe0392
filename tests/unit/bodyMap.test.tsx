import { act, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BodyMap } from '../../src/components/BodyMap';
import { START_TIMEOUT_MS } from '../../src/components/BodyMap/BodyMap';
import { marksFor, piecesFor } from '../../src/components/BodyMap/marks';
import { Stroke, type BodyArea } from '../../src/content/schema';

/**
 * One fake `prefers-reduced-motion` query for the whole file. framer-motion asks once and then
 * listens for changes, so tests flip this one object rather than installing a new mock each time.
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

  it('rests on the first frame until the page has settled, then moves', async () => {
    const { container } = render(<BodyMap areas={['lower-back']} stroke="kneading" />);
    const resting = piecePlaces(container);
    await act(() => vi.advanceTimersByTimeAsync(START_TIMEOUT_MS - 100));
    expect(container.querySelector('.body-map')).toHaveAttribute('data-motion', 'animated');
    expect(isPlaying(container)).toBe(false);
    expect(piecePlaces(container)).toEqual(resting);

    await settle(container);
    // The motion starts from where the pieces rested (give or take the moment it has run), so
    // nothing jumps...
    const shifts = piecePlaces(container).flatMap((t) => [...t.matchAll(/-?[\d.]+(?=%)/g)].map(Number));
    shifts.forEach((shift) => expect(Math.abs(shift)).toBeLessThan(5));
    // ...and then they move.
    await act(() => vi.advanceTimersByTimeAsync(300));
    await waitFor(() => expect(piecePlaces(container)).not.toEqual(resting));
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
