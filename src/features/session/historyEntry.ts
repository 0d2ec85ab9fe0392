/**
 * A session that just ended, as a line in the history: what was played, for how long, how it ended.
 * Pure: the store's record and the time worked in, the entry out.
 */
import { countsTowardDailyCap } from '../../engine/plan';
import type { HistoryEntry } from '../../storage/history';
import type { ReceiverTap, StoredSessionRecord } from '../../storage/records/session';
import { ms, type Ms, type Timestamp } from '../../lib/units';

/** The history id of a session: when it began. The end screen finds its entry by it. */
export const sessionId = (record: StoredSessionRecord): string =>
  String(record.engine.startedAt ?? record.seenAt);

export function historyEntryFor(record: StoredSessionRecord, worked: Ms, endedAt: Timestamp): HistoryEntry {
  const { routine, engine } = record;
  const plannedMs = ms(engine.steps.reduce((sum, s) => sum + s.durationMs, 0));
  return {
    id: sessionId(record),
    routineId: routine.id,
    routineTitle: routine.title,
    who: routine.who,
    countsTowardCap: countsTowardDailyCap(routine),
    startedAt: engine.startedAt ?? record.seenAt,
    endedAt,
    plannedMs,
    workedMs: worked,
    stepsDone: engine.status === 'finished' ? engine.steps.length : engine.stepIndex,
    stepCount: engine.steps.length,
    stopReason: engine.status === 'stopped' ? engine.stopReason : null,
    flareUp: record.flareUp,
    // Levels asked for during the session: a flare-up's own level is not a request.
    easedBy: Math.max(0, engine.easedBy - (record.flareUp ? 1 : 0)),
    ...(record.receiverTaps.length > 0 && { receiver: countTaps(record.receiverTaps) }),
  };
}

/** The receiver's taps, counted by what was asked. */
function countTaps(taps: readonly ReceiverTap[]): NonNullable<HistoryEntry['receiver']> {
  const counts: Partial<Record<ReceiverTap['ask'], number>> = {};
  for (const { ask } of taps) counts[ask] = Math.min(1000, (counts[ask] ?? 0) + 1);
  return counts;
}
