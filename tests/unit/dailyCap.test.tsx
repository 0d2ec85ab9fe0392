import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { findRoutine } from '../../src/features/routines/source';
import { SafetyCheck } from '../../src/features/safety/SafetyCheck';
import { SessionEnd } from '../../src/features/session/components/SessionEnd';
import { createSession, next, previous, start, stop, timeWorked } from '../../src/engine/session';
import { createHistory, type HistoryEntry } from '../../src/storage/history';
import { historyRecord } from '../../src/storage/records/history';
import { storageProblems } from '../../src/storage/problems';
import { selfMassageLogRecord } from '../../src/storage/records/selfMassageLog';
import { safeStorage } from '../../src/storage/safeStorage';
import { ms, timestamp } from '../../src/lib/units';
import { renderApp } from './renderApp';

const ball = findRoutine('self-ball')!;
const lowerBack = findRoutine('partner-lower-back')!;
const minutes = (n: number) => n * 60_000;

describe('self-massage daily cap', () => {
  const session = (startedAt: number, worked: number, countsTowardCap = true): HistoryEntry => ({
    id: String(startedAt),
    routineId: countsTowardCap ? 'self-ball' : 'warm-towel',
    routineTitle: 'A routine',
    who: 'self',
    countsTowardCap,
    startedAt,
    endedAt: startedAt + worked,
    plannedMs: worked,
    workedMs: worked,
    stepsDone: 1,
    stepCount: 1,
    stopReason: null,
    flareUp: false,
    easedBy: 0,
  });

  it('is asked of the history: ball and roller time that ended that day, the towel not counted', () => {
    const log = createHistory(safeStorage());
    const day = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
    log.add(session(day(21, 8), minutes(6)));
    log.add(session(day(21, 20), minutes(5)));
    log.add(session(day(21, 21), minutes(9), false)); // a warm towel
    log.add(session(day(21, 23, 58), minutes(4))); // ends after midnight: counts for the 22nd
    log.add(session(day(22, 8), minutes(2)));
    expect(log.capMsOn('2026-11-21')).toBe(minutes(11));
    expect(log.capMsOn('2026-11-22')).toBe(minutes(6));
  });

  it('sets unreadable history aside, says so, and starts from zero', () => {
    localStorage.setItem(historyRecord.key, '{"state":{"sessions":[{"id":7}]},"version":1}');
    const log = createHistory(safeStorage());
    expect(log.capMsOn('2026-11-21')).toBe(0);
    expect(Object.keys(localStorage).some((k) => k.startsWith(`${historyRecord.key}:unreadable:`))).toBe(
      true,
    );
    expect(
      storageProblems
        .get()
        .map((p) => p.message)
        .join(),
    ).toMatch(/history could not be read/);
  });

  it('counts the time worked, however the person moved between steps', () => {
    const t0 = timestamp(1_700_000_000_000);
    const steps = [60, 120, 60].map((s) => ({
      durationMs: ms(s * 1000),
      side: 'both' as const,
      checkIn: false,
    }));
    let s = start(createSession(steps, t0), t0);
    s = next(s, timestamp(t0 + 45_000)); // left step 1 early: 45 s worked
    s = next(s, timestamp(t0 + 65_000)); // skipped most of step 2: 20 s
    s = previous(s, timestamp(t0 + 75_000)); // 10 s of step 3, then back to step 2
    s = stop(s, timestamp(t0 + 105_000), 'user'); // 30 s more
    expect(timeWorked(s)).toBe(105_000);
  });

  it('blocks a self-massage that would pass 15 minutes today, with no way round', () => {
    render(<SafetyCheck routine={ball} selfMassageTodayMs={minutes(12)} onContinue={vi.fn()} />);
    expect(screen.getByText('Self-massage today: 12 of 15 minutes.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('That’s enough for today.');
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('lets a self-massage start while it stays within the cap', async () => {
    const onContinue = vi.fn();
    render(<SafetyCheck routine={ball} selfMassageTodayMs={minutes(3)} onContinue={onContinue} />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledWith({ flareUp: false, routine: ball });
  });

  it('does not apply the self-massage cap to a partner routine', () => {
    render(<SafetyCheck routine={lowerBack} selfMassageTodayMs={minutes(60)} onContinue={vi.fn()} />);
    expect(screen.queryByText(/Self-massage today/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });
});

it('a session that runs to its end counts every step in full', async () => {
  const { advance } = await import('../../src/engine/session');
  const t0 = timestamp(1_700_000_000_000);
  const steps = [60, 120].map((s) => ({ durationMs: ms(s * 1000), side: 'both' as const, checkIn: false }));
  const s = advance(start(createSession(steps, t0), t0), timestamp(t0 + 500_000)).state;
  expect(s.status).toBe('finished');
  expect(timeWorked(s)).toBe(180_000);
});

describe('a self-massage ended by the daily cap', () => {
  it('says why it ended and how to rest, with the routine’s closing', () => {
    render(<SessionEnd routine={ball} sessionId="s1" outcome="daily-cap" onDone={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Session ended' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('That’s today’s 15 minutes of self-massage');
    expect(screen.getByText(ball.closing[0]!.text)).toBeInTheDocument();
    expect(screen.queryByText(/Seek care/)).not.toBeInTheDocument();
  });
});

describe('the advice after a safety stop', () => {
  it('speaks to the person themselves in a self-massage, and to the giver in a partner one', () => {
    const { unmount } = render(
      <SessionEnd routine={ball} sessionId="s1" outcome="sharp-pain" onDone={vi.fn()} />,
    );
    expect(screen.getByText(/sit or lie down somewhere comfortable/)).toBeInTheDocument();
    expect(screen.queryByText(/Help them off/)).not.toBeInTheDocument();
    unmount();
    render(<SessionEnd routine={lowerBack} sessionId="s1" outcome="sharp-pain" onDone={vi.fn()} />);
    expect(screen.getByText(/Help them off the surface slowly/)).toBeInTheDocument();
  });
});

describe('the routine page of a self-massage', () => {
  it('says at the top how much of today’s cap is used, and when the routine would pass it', async () => {
    const today = new Date().toLocaleDateString('sv-SE');
    localStorage.setItem(
      selfMassageLogRecord.key,
      JSON.stringify({ version: 1, state: { days: [{ day: today, ms: minutes(12) }] } }),
    );
    renderApp('/routines/self-ball');
    const note = await screen.findByText(/Self-massage today: 12 of 15 minutes/);
    expect(note).toHaveTextContent('longer than the 3 min left today');
  });
});

describe('after a stop for pain earlier today', () => {
  it('the next safety check says so at the top, before anything else', () => {
    render(<SafetyCheck routine={lowerBack} stoppedEarlierToday={['sharp-pain']} onContinue={vi.fn()} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('A session was stopped earlier today');
    expect(alert).toHaveTextContent('sharp or increasing pain');
    expect(alert).toHaveTextContent('Seek care before massaging again');
  });
});

describe('deleting history', () => {
  it('never resets today’s cap: a deleted or cleared ball session still counts, out of sight', () => {
    const log = createHistory(safeStorage());
    const now = Date.now();
    const today = new Date(now).toLocaleDateString('sv-SE');
    const ball = (id: string, worked: number): HistoryEntry => ({
      id,
      routineId: 'self-ball',
      routineTitle: 'Ball',
      who: 'self',
      countsTowardCap: true,
      startedAt: now - worked - 1000,
      endedAt: now - 1000,
      plannedMs: worked,
      workedMs: worked,
      stepsDone: 5,
      stepCount: 5,
      stopReason: null,
      flareUp: false,
      easedBy: 0,
    });
    log.add(ball('a', minutes(7)));
    log.add(ball('b', minutes(5)));
    const removed = log.remove('a')!;
    expect(log.entries().map((e) => e.id)).toEqual(['b']);
    expect(log.capMsOn(today)).toBe(minutes(12));
    log.restore(removed);
    expect(log.entries()).toHaveLength(2);
    log.clear();
    expect(log.entries()).toEqual([]);
    expect(log.capMsOn(today)).toBe(minutes(12));
  });
});
