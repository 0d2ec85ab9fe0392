/**
 * Minutes of self-massage per day, kept on this device, for the hard daily cap: 10–15 minutes a day at
 * most, or the muscles end up sorer (seed 000). A session counts the time actually worked.
 */
import { timeWorked, timeWorkedBy } from '../../engine/session';
import { ms, type Ms, type Timestamp } from '../../lib/units';
import { openRecord } from '../../storage/openRecord';
import { selfMassageLogRecord } from '../../storage/records/selfMassageLog';
import type { StoredSessionRecord } from '../../storage/records/session';
import { safeStorage, type SafeStorage } from '../../storage/safeStorage';

const KEEP_DAYS = 7;

/** The local calendar day of a moment, e.g. "2026-11-21". */
export const dayOf = (at: Timestamp) => new Date(at).toLocaleDateString('sv-SE');

export interface SelfMassageLog {
  workedOn(day: string): Ms;
  add(worked: Ms, at: Timestamp): void;
}

export function createSelfMassageLog(storage: SafeStorage): SelfMassageLog {
  const log = openRecord(selfMassageLogRecord, storage, () => ({ days: [] }));
  return {
    workedOn: (day) => ms(log.get().days.reduce((sum, e) => (e.day === day ? sum + e.ms : sum), 0)),
    add(worked, at) {
      const day = dayOf(at);
      const days = log.get().days.map((e) => ({ ...e }));
      const today = days.find((e) => e.day === day);
      if (today) today.ms += worked;
      else days.push({ day, ms: worked });
      log.set({ days: days.slice(-KEEP_DAYS) });
    },
  };
}

/** This device's log, for the routine pages, the safety check and the session runtime. */
export const selfMassageLog: SelfMassageLog = createSelfMassageLog(safeStorage());

const isLive = (record: StoredSessionRecord) =>
  record.engine.status === 'running' || record.engine.status === 'paused';

/**
 * The work a session has just stopped doing, if it just did: it ended (finished or stopped), or another
 * session replaced it, or it was discarded. A replaced or discarded session counts up to when it was last
 * seen running, so one left open overnight does not count the night.
 */
export function workJustEnded(
  before: StoredSessionRecord | null,
  after: StoredSessionRecord | null,
): { worked: Ms; at: Timestamp } | null {
  if (!before || !isLive(before)) return null;
  const same =
    after !== null &&
    after.routine.id === before.routine.id &&
    after.engine.startedAt === before.engine.startedAt;
  // Never more than the cap left when it began: the session was ended there, to the tick.
  const capped = (worked: Ms) => ms(before.capMs === null ? worked : Math.min(worked, before.capMs));
  if (same) {
    if (after.engine.status !== 'finished' && after.engine.status !== 'stopped') return null;
    return { worked: capped(timeWorked(after.engine)), at: after.engine.endedAt ?? after.seenAt };
  }
  return { worked: capped(timeWorkedBy(before.engine, before.seenAt)), at: before.seenAt };
}
