/** The day after a session, home asks once how the back is, and logs the answer. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextDayQuestion } from '../../src/features/session/nextDay';
import { history, type HistoryEntry } from '../../src/storage/history';
import { renderApp } from './renderApp';

const hours = (n: number) => n * 3_600_000;
const session = (endedAt: number, more: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: String(endedAt - hours(0.3)),
  routineId: 'partner-lower-back',
  routineTitle: 'Partner lower back',
  who: 'partner',
  countsTowardCap: false,
  startedAt: endedAt - hours(0.3),
  endedAt,
  plannedMs: hours(0.3),
  workedMs: hours(0.3),
  stepsDone: 8,
  stepCount: 8,
  stopReason: null,
  flareUp: false,
  easedBy: 0,
  ...more,
});

describe('the next-day question', () => {
  const evening = new Date(2026, 10, 21, 21, 0).getTime();
  const nextMorning = new Date(2026, 10, 22, 9, 0).getTime();

  it('asks about the last session from an earlier day, once, for a few days', () => {
    expect(nextDayQuestion([session(evening)], nextMorning)?.endedAt).toBe(evening);
    expect(nextDayQuestion([session(evening)], evening + hours(1))).toBeNull(); // same day
    expect(nextDayQuestion([session(evening)], evening + hours(24 * 5))).toBeNull(); // too long ago
    expect(nextDayQuestion([session(evening, { nextDayAskedAt: nextMorning })], nextMorning)).toBeNull();
    expect(nextDayQuestion([], nextMorning)).toBeNull();
  });

  it('home asks, takes the answer into the history and gives the seeds’ advice', async () => {
    const yesterday = Date.now() - hours(24);
    history.add(session(yesterday));
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'How is your back today?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Worse' }));
    expect(screen.getByRole('status')).toHaveTextContent('stop and get advice');
    expect(history.entries()[0]?.nextDay?.feeling).toBe('worse');
  });

  it('"Not now" is an answer too: it is not asked again', async () => {
    history.add(session(Date.now() - hours(24)));
    const { user, unmount } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('heading', { name: 'How is your back today?' })).not.toBeInTheDocument();
    unmount();
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: 'How is your back today?' })).not.toBeInTheDocument();
  });
});
