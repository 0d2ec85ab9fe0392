import type { HistoryEntry } from '../src/storage/records/history';

/**
 * A logged session for tests: ten minutes of the partner lower-back routine, started at `startedAt` (a
 * local time text or a timestamp), with any field given in `fields` instead. Its id is its start.
 */
export function historyEntry(startedAt: string | number, fields: Partial<HistoryEntry> = {}): HistoryEntry {
  const start = typeof startedAt === 'number' ? startedAt : new Date(startedAt).getTime();
  const workedMs = fields.workedMs ?? 600_000;
  return {
    id: String(start),
    routineId: 'partner-lower-back',
    routineTitle: 'Partner lower back',
    who: 'partner',
    countsTowardCap: false,
    startedAt: start,
    endedAt: start + workedMs,
    plannedMs: workedMs,
    workedMs,
    stepsDone: 6,
    stepCount: 6,
    stopReason: null,
    flareUp: false,
    easedBy: 0,
    ...fields,
  };
}
