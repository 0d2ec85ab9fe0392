import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteError } from '../../src/app/RouteError';
import * as techniqueRoute from '../../src/app/routes/technique';
import * as techniquesRoute from '../../src/app/routes/techniques';
import { routines as allRoutines } from '../../src/content';
import { techniques } from '../../src/content/techniques';
import { timestamp, toMs } from '../../src/lib/units';
import { pauseTimer, readyTimer, remaining, startTimer } from '../../src/features/techniques/tryIt';

function renderApp(url: string, { from }: { from?: string } = {}) {
  const router = createMemoryRouter(
    [
      { path: '/', Component: () => <h1>Home</h1> },
      { path: '/techniques', Component: techniquesRoute.Component, ErrorBoundary: RouteError },
      {
        path: '/techniques/:techniqueId',
        loader: techniqueRoute.loader,
        Component: techniqueRoute.Component,
        ErrorBoundary: RouteError,
      },
      { path: '/routines/:routineId', Component: () => <h1>A routine</h1> },
    ],
    { initialEntries: from ? [from, url] : [url], initialIndex: from ? 1 : 0 },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const searchbox = () => screen.getByRole('searchbox', { name: 'Search techniques' });
const resultNames = (list: 'Techniques' | 'Massage styles' = 'Techniques') =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('link')
    .map((link) => within(link).getByRole('heading').textContent);
/** The filters sit in a disclosure that starts closed unless the URL already sets one. */
const openFilters = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByText('Filters'));
const searchOf = (router: ReturnType<typeof renderApp>) => new URLSearchParams(router.state.location.search);

describe('technique browser', () => {
  it('lists every technique and style before anything is typed', () => {
    renderApp('/techniques');
    const styles = techniques.filter((t) => t.kind === 'style');
    expect(resultNames()).toHaveLength(techniques.length - styles.length);
    expect(resultNames('Massage styles').sort()).toEqual(styles.map((s) => s.name).sort());
    expect(screen.getByRole('heading', { name: 'Massage styles' })).toBeInTheDocument();
  });

  it('filters as you type, best match first, with the matched words marked', async () => {
    const user = userEvent.setup();
    const router = renderApp('/techniques', { from: '/' });
    await user.type(searchbox(), 'kneading');

    const names = resultNames();
    expect(names[0]).toBe('Petrissage');
    expect(names).not.toContain('Ball roll');
    const first = within(screen.getByRole('list', { name: 'Techniques' })).getAllByRole('link')[0]!;
    expect(first).toHaveAttribute('href', '/techniques/petrissage');
    expect(within(first).getByText(/also called/i)).toHaveTextContent(
      'Also called kneading, muscle kneading',
    );
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toContain('kneading');
    expect(screen.getByRole('status')).toHaveTextContent(/best match first/);

    // The URL carries the query, and typing replaced the entry instead of pushing one per key.
    expect(searchOf(router).get('q')).toBe('kneading');
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/');
  });

  it('forgives typos while typing', async () => {
    const user = userEvent.setup();
    renderApp('/techniques');
    await user.type(searchbox(), 'efleurage');
    expect(resultNames()[0]).toBe('Effleurage');
    await user.clear(searchbox());
    await user.type(searchbox(), 'pétrissage');
    expect(resultNames()[0]).toBe('Petrissage');
  });

  it('puts filters in the URL and narrows the results', async () => {
    const user = userEvent.setup();
    const router = renderApp('/techniques?q=roll');
    await openFilters(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Partner or self' }), 'On your own');

    expect(searchOf(router).get('who')).toBe('self');
    expect(searchOf(router).get('q')).toBe('roll');
    const self = new Set(techniques.filter((t) => t.who.includes('self')).map((t) => t.name));
    const names = resultNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(self.has(name!)).toBe(true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Body area' }), 'Glutes');
    expect(searchOf(router).get('area')).toBe('glutes');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(searchOf(router).get('who')).toBeNull();
    expect(searchOf(router).get('area')).toBeNull();
    expect(searchbox()).toHaveValue('roll');
  });

  it('keeps a typed query when a filter is picked before the router has caught up', async () => {
    const user = userEvent.setup();
    const router = renderApp('/techniques');
    await openFilters(user);
    const who = screen.getByRole('combobox', { name: 'Partner or self' });
    // Both changes arrive in one go, as when text typed before hydration is taken up just as a filter
    // is picked: the second must build on the first, not on what was last rendered.
    await act(async () => {
      fireEvent.change(searchbox(), { target: { value: 'ro' } });
      fireEvent.change(who, { target: { value: 'self' } });
      fireEvent.change(searchbox(), { target: { value: 'roll' } });
    });

    expect(searchOf(router).get('q')).toBe('roll');
    expect(searchOf(router).get('who')).toBe('self');
    expect(searchbox()).toHaveValue('roll');
  });

  it('shows the professionals-only styles with a badge, and can show only those', async () => {
    const user = userEvent.setup();
    renderApp('/techniques');
    await openFilters(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Left to professionals' }), 'Only those');
    const pro = techniques.filter((t) => t.professionalsOnly);
    const cards = within(screen.getByRole('list', { name: 'Massage styles' })).getAllByRole('link');
    expect(cards).toHaveLength(pro.length);
    for (const card of cards) expect(within(card).getByText('Professionals only')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Techniques' })).not.toBeInTheDocument();
  });

  it('prefills the search box and the filters from the URL', () => {
    renderApp('/techniques?q=tapping&pressure=light');
    expect(searchbox()).toHaveValue('tapping');
    // A shared link with a filter opens the filter panel, so the reader sees why the list is short.
    expect(screen.getByText('Filters').closest('details')).toHaveAttribute('open');
    expect(screen.getByRole('combobox', { name: 'Pressure' })).toHaveValue('light');
    expect(resultNames()[0]).toBe('Tapotement');
  });

  it('ignores filter values it does not know', async () => {
    renderApp('/techniques?area=elbow');
    expect(screen.getByText('Filters').closest('details')).not.toHaveAttribute('open');
    await openFilters(userEvent.setup());
    expect(screen.getByRole('combobox', { name: 'Body area' })).toHaveValue('');
    expect(resultNames().length).toBeGreaterThan(10);
  });

  it('follows the URL when it changes from elsewhere', async () => {
    const router = renderApp('/techniques?q=kneading');
    expect(searchbox()).toHaveValue('kneading');
    await act(() => router.navigate('/techniques'));
    expect(searchbox()).toHaveValue('');
    expect(resultNames().length).toBeGreaterThan(10);
  });

  it('explains an empty result and offers a way out', async () => {
    const user = userEvent.setup();
    const router = renderApp('/techniques?q=kneading&who=self');
    expect(screen.getByRole('heading', { name: 'Nothing matches “kneading”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(resultNames()[0]).toBe('Petrissage');
    expect(router.state.location.search).toBe('?q=kneading');

    await user.clear(searchbox());
    await user.type(searchbox(), 'xqzvw');
    expect(screen.getByRole('status')).toHaveTextContent('No matches');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(searchbox()).toHaveValue('');
    expect(router.state.location.search).toBe('');
    expect(resultNames().length).toBeGreaterThan(10);
  });

  it('opens a technique from its card', async () => {
    const user = userEvent.setup();
    renderApp('/techniques?q=tapping');
    await user.click(within(screen.getByRole('list', { name: 'Techniques' })).getAllByRole('link')[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tapotement' })).toBeInTheDocument();
  });
});

describe('technique page', () => {
  it('explains the technique, its family and the routines that use it', async () => {
    const petrissage = techniques.find((t) => t.id === 'petrissage')!;
    renderApp('/techniques/petrissage');
    expect(await screen.findByRole('heading', { level: 1, name: 'Petrissage' })).toBeInTheDocument();
    expect(petrissage.aliases).toContain('kneading');
    expect(screen.getByText(`Also called ${petrissage.aliases.join(', ')}`)).toBeInTheDocument();

    const steps = within(screen.getByRole('region', { name: 'How to do it' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(petrissage.howTo);
    expect(screen.getByText('Medium')).toHaveClass('pressure-tag');

    const variants = techniques.filter((t) => t.variantOf === 'petrissage');
    expect(variants.length).toBeGreaterThan(0);
    for (const v of variants) {
      expect(screen.getByRole('link', { name: v.name })).toHaveAttribute('href', `/techniques/${v.id}`);
    }

    const routines = allRoutines.filter((r) => r.steps.some((s) => s.technique === 'petrissage'));
    const used = within(screen.getByRole('region', { name: 'Used in' })).getAllByRole('link');
    expect(used.map((a) => a.getAttribute('href'))).toEqual(routines.map((r) => `/routines/${r.id}`));
    expect(screen.queryByText('Professionals only')).not.toBeInTheDocument();
  });

  it('links a variant back to its parent', async () => {
    renderApp('/techniques/forearm-effleurage');
    await screen.findByRole('heading', { level: 1, name: 'Forearm effleurage' });
    expect(screen.getByRole('link', { name: 'Effleurage' })).toHaveAttribute(
      'href',
      '/techniques/effleurage',
    );
  });

  it('marks what is left to professionals and offers no timer for it', async () => {
    renderApp('/techniques/deep-tissue');
    await screen.findByRole('heading', { level: 1, name: 'Deep tissue massage' });
    expect(screen.getByText('Professionals only')).toBeInTheDocument();
    expect(screen.getByText(/never offers it as a step/)).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start' })).not.toBeInTheDocument();
  });

  it('shows a clear not-found page for an unknown technique', async () => {
    renderApp('/techniques/nope');
    expect(await screen.findByRole('heading', { name: 'We couldn’t find that' })).toBeInTheDocument();
    expect(screen.getByText('There is no technique called “nope”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to techniques' })).toHaveAttribute('href', '/techniques');
  });

  describe('Try it timer', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('counts down from timestamps, pauses, resumes and resets', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      renderApp('/techniques/petrissage');
      await screen.findByRole('heading', { level: 1, name: 'Petrissage' });
      const minutes = techniques.find((t) => t.id === 'petrissage')!.duration!.min;
      const timer = screen.getByRole('timer');
      expect(timer).toHaveTextContent(`${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`);
      expect(minutes).toBe(60);

      await user.click(screen.getByRole('button', { name: 'Start' }));
      await act(async () => {
        vi.advanceTimersByTime(20_000);
      });
      expect(timer).toHaveTextContent('0:40');

      await user.click(screen.getByRole('button', { name: 'Pause' }));
      await act(async () => {
        vi.advanceTimersByTime(30_000);
      });
      expect(timer).toHaveTextContent('0:40');

      await user.click(screen.getByRole('button', { name: 'Resume' }));
      await act(async () => {
        vi.advanceTimersByTime(10_000);
      });
      expect(timer).toHaveTextContent('0:30');

      await act(async () => {
        vi.advanceTimersByTime(31_000);
      });
      expect(timer).toHaveTextContent('0:00');
      expect(screen.getByText('Time’s up. Well done.')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Reset' }));
      expect(timer).toHaveTextContent('1:00');
      expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
    });

    it('derives the time left from timestamps, so a long sleep shows the right time', () => {
      const start = timestamp(1_000_000);
      const running = startTimer(readyTimer(toMs(60)), start);
      // No ticks in between: a phone that slept for 45 s.
      expect(remaining(running, timestamp(1_045_000))).toBe(15_000);
      const paused = pauseTimer(running, timestamp(1_010_000));
      expect(remaining(paused, timestamp(9_999_999))).toBe(50_000);
      expect(remaining(startTimer(paused, timestamp(2_000_000)), timestamp(2_070_000))).toBe(0);
    });
  });
});
