import { act, waitFor, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { history, type HistoryEntry } from '../../src/storage/history';
import { renderApp } from './renderApp';
import { historyEntry } from '../historyEntry';

/** Wednesday evening; the week began on Monday 23 November. */
const NOW = new Date('2026-11-25T20:30:00');
const at = (text: string) => new Date(text).getTime();
const min = (n: number) => n * 60_000;

const entry = (startedAt: string, fields: Partial<HistoryEntry> = {}) => historyEntry(at(startedAt), fields);

const ball = { routineId: 'self-ball', routineTitle: 'Self-massage with a ball', who: 'self' } as const;

/** Seven days of sessions: 20 minutes over 3 last week, 34 over 3 this week. */
const week: HistoryEntry[] = [
  entry('2026-11-19T20:00', { feeling: 'better', tightAreas: ['lower-back'] }),
  entry('2026-11-21T09:30', {
    ...ball,
    workedMs: min(5),
    plannedMs: min(8),
    stopReason: 'user',
    feeling: 'same',
  }),
  entry('2026-11-22T21:00', { workedMs: min(5), feeling: 'better', tightAreas: ['lower-back', 'neck'] }),
  entry('2026-11-23T20:00', {
    routineId: 'partner-upper-back',
    routineTitle: 'Partner upper back and shoulders',
    workedMs: min(15),
    feeling: 'better',
    tightAreas: ['shoulders', 'lower-back'],
  }),
  entry('2026-11-24T08:00', {
    ...ball,
    workedMs: min(7),
    plannedMs: min(12),
    stopReason: 'sharp-pain',
    flareUp: true,
    easedBy: 1,
    feeling: 'worse',
  }),
  entry('2026-11-25T19:00', {
    workedMs: min(12),
    feeling: 'same',
    note: 'Much looser between the shoulders',
    nextDay: { feeling: 'better', at: at('2026-11-26T09:00') },
  }),
];

const seed = (entries: HistoryEntry[]) => entries.forEach((e) => history.add(e));
const sessions = () => within(screen.getByRole('list', { name: 'Sessions' })).getAllByRole('listitem');

beforeEach(() => {
  // Only the date moves: the router and user-event keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the History screen', () => {
  it('lists sessions newest first with what happened in each', async () => {
    seed(week);
    renderApp('/history');
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    const items = sessions();
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Partner lower back',
      'Self-massage with a ball',
      'Partner upper back and shoulders',
      'Partner lower back',
      'Self-massage with a ball',
      'Partner lower back',
    ]);
    const [latest, painful, , , endedEarly] = items as [HTMLElement, ...HTMLElement[]];
    expect(latest).toHaveTextContent('Wed 25 Nov, 19:00 · 12 min');
    expect(latest).toHaveTextContent('Afterwards: About the same');
    expect(latest).toHaveTextContent('Next day: Better');
    expect(latest).toHaveTextContent('Note: Much looser between the shoulders');
    expect(latest).not.toHaveTextContent(/Stopped|Ended early/);
    expect(painful).toHaveTextContent('Tue 24 Nov, 08:00 · 7 min of 12 planned');
    expect(within(painful!).getByText('Stopped: sharp or increasing pain')).toBeInTheDocument();
    expect(within(painful!).getByText('Flare-up')).toBeInTheDocument();
    expect(within(painful!).getByText('Asked for lighter pressure')).toBeInTheDocument();
    expect(painful).toHaveTextContent('Afterwards: Worse');
    expect(within(endedEarly!).getByText('Ended early')).toBeInTheDocument();
    expect(endedEarly).toHaveTextContent('5 min of 8 planned');
  });

  it('says every way a session can stop, and marks the old log’s minutes', async () => {
    seed([
      entry('2026-11-20T10:00', { stopReason: 'spreading-pain' }),
      entry('2026-11-20T11:00', { stopReason: 'numbness' }),
      entry('2026-11-20T12:00', { ...ball, stopReason: 'daily-cap' }),
      entry('2026-11-18T12:00', {
        id: 'old-log-2026-11-18',
        routineId: 'self-massage',
        routineTitle: 'Self-massage',
        who: 'self',
        workedMs: min(6),
        stepsDone: 0,
        stepCount: 0,
        fromOldLog: true,
      }),
    ]);
    renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'History' });
    expect(screen.getByText('Stopped: pain spreading')).toBeInTheDocument();
    expect(screen.getByText('Stopped: numbness or tingling')).toBeInTheDocument();
    expect(screen.getByText('Stopped at today’s 15-minute cap')).toBeInTheDocument();
    const old = sessions().at(-1)!;
    expect(old).toHaveTextContent('Self-massage');
    expect(old).toHaveTextContent('Wed 18 Nov · 6 min (from before history was kept)');
  });

  it('deletes a session and brings it back with Undo', async () => {
    seed(week);
    const { user } = renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'History' });
    await user.click(
      screen.getByRole('button', { name: 'Delete: Partner upper back and shoulders, 23 Nov' }),
    );

    expect(sessions()).toHaveLength(5);
    expect(screen.queryByRole('heading', { name: 'Partner upper back and shoulders' })).toBeNull();
    expect(history.entries()).toHaveLength(5);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Deleted Partner upper back and shoulders, 23 Nov.');
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    await user.click(undo);
    expect(sessions()).toHaveLength(6);
    expect(history.entries()).toHaveLength(6);
    expect(screen.getByRole('heading', { name: 'Partner upper back and shoulders' })).toHaveFocus();
    expect(within(screen.getByRole('status')).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('clears history only after asking, and Cancel keeps it', async () => {
    seed(week);
    const { user } = renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'History' });

    await user.click(screen.getByRole('button', { name: 'Clear history' }));
    let dialog = screen.getByRole('dialog', { name: 'Clear all history?' });
    expect(dialog).toHaveTextContent('All 6 sessions on this device will be removed.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sessions()).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Clear history' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(
      within(screen.getByRole('dialog', { name: 'Clear all history?' })).getByRole('button', {
        name: 'Cancel',
      }),
    ).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(history.entries()).toHaveLength(6);

    await user.click(screen.getByRole('button', { name: 'Clear history' }));
    dialog = screen.getByRole('dialog', { name: 'Clear all history?' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear history' }));
    expect(history.entries()).toEqual([]);
    expect(screen.getByRole('heading', { name: 'No sessions yet' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('History cleared.');
    expect(screen.getByRole('heading', { level: 1, name: 'History' })).toHaveFocus();
  });

  it('sums up a week of sessions under each picture', async () => {
    seed(week);
    renderApp('/history');
    const weeks = await screen.findByRole('figure', { name: 'Minutes per week' });
    expect(
      within(weeks).getByText('This week: 34 minutes over 3 sessions; last week: 20 minutes'),
    ).toBeInTheDocument();
    expect(within(weeks).getByRole('img')).toHaveAccessibleName(
      'Minutes per week, last 8 weeks. week of 5 Oct: none; week of 12 Oct: none; week of 19 Oct: none; ' +
        'week of 26 Oct: none; week of 2 Nov: none; week of 9 Nov: none; ' +
        'week of 16 Nov: 20 minutes (15 with a partner, 5 on your own); ' +
        'this week: 34 minutes (27 with a partner, 7 on your own).',
    );

    const feelings = screen.getByRole('figure', { name: 'How you felt afterwards' });
    expect(feelings).toHaveTextContent('After 6 sessions: 3 better, 2 about the same, 1 worse');
    expect(within(feelings).getByRole('img')).toHaveAccessibleName(
      'After 6 sessions: 3 better, 2 about the same, 1 worse, in the last 30 days.',
    );

    const tight = screen.getByRole('figure', { name: 'Where it was tight' });
    expect(tight).toHaveTextContent(
      'Marked tight most often: lower back (3 times), neck (once), shoulders (once)',
    );
    expect(tight.querySelectorAll('[data-area]')).not.toHaveLength(0);
  });

  it('leaves out a picture with nothing to show', async () => {
    seed([entry('2026-11-25T08:00', { workedMs: min(9) })]);
    renderApp('/history');
    const weeks = await screen.findByRole('figure', { name: 'Minutes per week' });
    expect(weeks).toHaveTextContent('This week: 9 minutes over 1 session; last week: none');
    expect(screen.queryByRole('figure', { name: 'How you felt afterwards' })).toBeNull();
    expect(screen.queryByRole('figure', { name: 'Where it was tight' })).toBeNull();
  });

  it('follows history as it changes elsewhere', async () => {
    seed(week.slice(0, 2));
    renderApp('/history');
    await screen.findByRole('heading', { level: 1, name: 'History' });
    expect(sessions()).toHaveLength(2);
    act(() => history.add(week[5]!));
    // React subscribes in a passive effect, which a busy machine may not have run yet; the store then
    // takes a fresh snapshot as it subscribes, so the new session shows either way.
    await waitFor(() => expect(sessions()).toHaveLength(3));
    expect(screen.getByRole('figure', { name: 'Minutes per week' })).toHaveTextContent(
      'This week: 12 minutes over 1 session',
    );
  });

  it('says there is nothing yet, with a way to the routines', async () => {
    const { user, router } = renderApp('/history');
    expect(await screen.findByRole('heading', { name: 'No sessions yet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear history' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Choose a routine' }));
    expect(await screen.findByRole('heading', { level: 1, name: /back massage/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('is one tap from every screen', async () => {
    const { user, router } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'History' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/history');
  });
});
