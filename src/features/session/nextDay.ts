/**
 * The day after: home asks once how the back is (seeds 001, 003: some tenderness the next day can be
 * normal; feeling worse means stop and get advice). The question is pure: the history and `now` in.
 */
import { dayOf } from '../../lib/days';
import { history, type HistoryEntry } from '../../storage/history';
import type { Feeling } from '../../storage/records/history';

/** Asked about the last session only, and only for a few days after it. */
const ASK_WITHIN_DAYS = 3;

export function nextDayQuestion(newestFirst: readonly HistoryEntry[], now: number): HistoryEntry | null {
  const last = newestFirst.find((e) => !e.fromOldLog);
  if (!last || last.nextDayAskedAt !== undefined || last.nextDay !== undefined) return null;
  const ended = dayOf(last.endedAt);
  if (ended >= dayOf(now)) return null;
  return now - last.endedAt <= ASK_WITHIN_DAYS * 24 * 3_600_000 ? last : null;
}

/** What to do with the answer, in the seeds' terms. */
export const NEXT_DAY_ADVICE: Record<Feeling, string> = {
  better: 'Good. Notice what helped, and keep moving through the day: walking helps a back too.',
  same: 'Some tenderness the day after can be normal. Go gently, and keep moving.',
  worse:
    'Feeling worse after a massage means stop and get advice: a massage therapist or physiotherapist, or a doctor if it is severe or does not ease.',
};

/** Logs the answer (or "not now": asked all the same, so it is not asked again). */
export function answerNextDay(id: string, feeling: Feeling | null, at = Date.now()): void {
  history.update(id, { nextDayAskedAt: at, ...(feeling ? { nextDay: { feeling, at } } : {}) });
}
