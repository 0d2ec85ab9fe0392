/** One session in words: when, how long, how it ended, how it felt. */
import { DAILY_CAP_MS } from '../../engine/plan';
import type { StopReason } from '../../engine/session';
import { formatMinutes, ms } from '../../lib/units';
import type { HistoryEntry } from '../../storage/history';
import type { Feeling } from '../../storage/records/history';

export const feelingLabel: Record<Feeling, string> = {
  better: 'Better',
  same: 'About the same',
  worse: 'Worse',
};

export const stopLabel: Record<StopReason, string> = {
  user: 'Ended early',
  'sharp-pain': 'Stopped: sharp or increasing pain',
  'spreading-pain': 'Stopped: pain spreading',
  numbness: 'Stopped: numbness or tingling',
  'daily-cap': `Stopped at today’s ${DAILY_CAP_MS / 60_000}-minute cap`,
};

/** Stopped for a stop sign, not by choice or by the cap. */
export const isSafetyStop = (reason: StopReason | null): boolean =>
  reason === 'sharp-pain' || reason === 'spreading-pain' || reason === 'numbness';

// Day before month, as the rest of the app writes dates ("21 Nov").
const formats = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }),
  weekday: new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }),
  weekdayYear: new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
  time: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }),
};

/** "21 Nov" */
export const shortDate = (at: number): string => formats.day.format(at);

/** "Sat 21 Nov, 20:00", with the year when it isn't this year's; no time for the old log's days. */
export function whenLabel(entry: HistoryEntry, now: number): string {
  const sameYear = new Date(entry.startedAt).getFullYear() === new Date(now).getFullYear();
  const day = (sameYear ? formats.weekday : formats.weekdayYear).format(entry.startedAt);
  return entry.fromOldLog ? day : `${day}, ${formats.time.format(entry.startedAt)}`;
}

/** "12 min"; cut short, "8 min of 15 planned"; from the old log, "6 min (from before history was kept)". */
export function minutesLabel(entry: HistoryEntry): string {
  const worked = formatMinutes(ms(entry.workedMs));
  if (entry.fromOldLog) return `${worked} (from before history was kept)`;
  if (entry.stopReason === null) return worked;
  return `${worked} of ${Math.round(entry.plannedMs / 60_000)} planned`;
}

/** What "Delete" says it deletes: routine and date, and the time when another entry shares both. */
export function deleteLabels(entries: readonly HistoryEntry[]): Map<string, string> {
  const base = (e: HistoryEntry) => `${e.routineTitle}, ${shortDate(e.startedAt)}`;
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(base(e), (seen.get(base(e)) ?? 0) + 1);
  return new Map(
    entries.map((e) => {
      const shared = (seen.get(base(e)) ?? 0) > 1 && !e.fromOldLog;
      return [e.id, shared ? `${base(e)}, ${formats.time.format(e.startedAt)}` : base(e)];
    }),
  );
}

const RECEIVER_WORDS = {
  lighter: 'lighter',
  'just-right': 'just right',
  firmer: 'firmer',
  pause: 'pause',
  resume: 'resume',
  stop: 'stop',
} as const;

/** The receiver's taps in a line: "lighter ×2, just right ×1". */
export function receiverWords(counts: NonNullable<HistoryEntry['receiver']>): string {
  return (Object.keys(RECEIVER_WORDS) as (keyof typeof RECEIVER_WORDS)[])
    .filter((ask) => counts[ask])
    .map((ask) => `${RECEIVER_WORDS[ask]} ×${counts[ask]}`)
    .join(', ');
}
