/** What the charts show, counted from the entries, and the sentences that say it. Pure. */
import { areaLabel } from '../../lib/labels';
import { BODY_AREAS } from '../../lib/vocabulary';
import type { HistoryEntry } from '../../storage/history';
import { FEELINGS, type Feeling } from '../../storage/records/history';
import { shortDate } from './entryWords';

type BodyArea = (typeof BODY_AREAS)[number];

export const WEEKS_SHOWN = 8;
export const RECENT_DAYS = 30;
const DAY_MS = 86_400_000;

export interface Week {
  /** Monday, 00:00 local time. */
  start: number;
  partnerMs: number;
  selfMs: number;
  sessions: number;
}

/** Monday 00:00 of the local week `at` falls in. */
export function startOfWeek(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** Minutes worked in each of the last `count` weeks, oldest first; this week last. */
export function weeklyMinutes(entries: readonly HistoryEntry[], now: number, count = WEEKS_SHOWN): Week[] {
  const weeks: Week[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(startOfWeek(now));
    d.setDate(d.getDate() - 7 * i);
    weeks.push({ start: d.getTime(), partnerMs: 0, selfMs: 0, sessions: 0 });
  }
  for (const e of entries) {
    const week = weeks.findLast((w) => w.start <= e.startedAt);
    if (!week || e.startedAt > now) continue;
    if (e.who === 'partner') week.partnerMs += e.workedMs;
    else week.selfMs += e.workedMs;
    week.sessions += 1;
  }
  return weeks;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const minutesOf = (msWorked: number) => Math.round(msWorked / 60_000);

/** "34 minutes"; a little under a minute still reads as something. */
function minutesWords(msWorked: number): string {
  if (msWorked > 0 && minutesOf(msWorked) === 0) return 'under a minute';
  return plural(minutesOf(msWorked), 'minute');
}

const weekTotal = (w: Week) => w.partnerMs + w.selfMs;

/** "This week: 34 minutes over 3 sessions; last week: 20 minutes" */
export function weeklySummary(weeks: readonly Week[]): string {
  const [thisWeek, lastWeek] = [weeks.at(-1), weeks.at(-2)];
  const now = thisWeek?.sessions
    ? `${minutesWords(weekTotal(thisWeek))} over ${plural(thisWeek.sessions, 'session')}`
    : 'no sessions yet';
  const before = lastWeek?.sessions ? minutesWords(weekTotal(lastWeek)) : 'none';
  return `This week: ${now}; last week: ${before}`;
}

/** Every bar in words, for a screen reader: what the picture shows. */
export function weeklyDescription(weeks: readonly Week[]): string {
  const bars = weeks.map((w, i) => {
    const when = i === weeks.length - 1 ? 'this week' : `week of ${shortDate(w.start)}`;
    if (w.sessions === 0) return `${when}: none`;
    const split =
      w.partnerMs > 0 && w.selfMs > 0
        ? ` (${minutesOf(w.partnerMs)} with a partner, ${minutesOf(w.selfMs)} on your own)`
        : w.partnerMs > 0
          ? ' with a partner'
          : ' on your own';
    return `${when}: ${minutesWords(weekTotal(w))}${split}`;
  });
  return `Minutes per week, last ${weeks.length} weeks. ${bars.join('; ')}.`;
}

const recent = (entries: readonly HistoryEntry[], now: number, days: number) =>
  entries.filter((e) => e.startedAt > now - days * DAY_MS && e.startedAt <= now);

/** How people felt right after their sessions of the last `days` days. */
export function feelingCounts(
  entries: readonly HistoryEntry[],
  now: number,
  days = RECENT_DAYS,
): Record<Feeling, number> {
  const counts: Record<Feeling, number> = { better: 0, same: 0, worse: 0 };
  for (const e of recent(entries, now, days)) if (e.feeling) counts[e.feeling] += 1;
  return counts;
}

const feelingWords: Record<Feeling, string> = { better: 'better', same: 'about the same', worse: 'worse' };

/** "After 5 sessions: 3 better, 2 about the same" */
export function feelingSummary(counts: Record<Feeling, number>): string {
  const total = FEELINGS.reduce((sum, f) => sum + counts[f], 0);
  const parts = FEELINGS.filter((f) => counts[f] > 0).map((f) => `${counts[f]} ${feelingWords[f]}`);
  return `After ${plural(total, 'session')}: ${parts.join(', ')}`;
}

export interface TightArea {
  area: BodyArea;
  times: number;
}

/** The areas marked tight most often in the last `days` days, most first (ties in body order). */
export function tightAreas(
  entries: readonly HistoryEntry[],
  now: number,
  days = RECENT_DAYS,
  top = 3,
): TightArea[] {
  const times = new Map<BodyArea, number>();
  for (const e of recent(entries, now, days))
    for (const area of new Set(e.tightAreas)) times.set(area, (times.get(area) ?? 0) + 1);
  return BODY_AREAS.filter((area) => times.has(area))
    .map((area) => ({ area, times: times.get(area)! }))
    .sort((a, b) => b.times - a.times)
    .slice(0, top);
}

const timesWords = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** "Marked tight most often: lower back (3 times), neck (once)" */
export function tightSummary(areas: readonly TightArea[]): string {
  const list = areas.map((a) => `${areaLabel[a.area].toLowerCase()} (${timesWords(a.times)})`);
  return `Marked tight most often: ${list.join(', ')}`;
}
