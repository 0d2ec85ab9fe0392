/**
 * The time a session worked, at the moment it stops counting: it ended, or another replaced it. The
 * history logs it, and the self-massage daily cap (10–15 minutes a day at most, seed 000) adds it up.
 */
import { timeWorked, timeWorkedBy } from '../../engine/session';
import { ms, type Ms, type Timestamp } from '../../lib/units';
import type { StoredSessionRecord } from '../../storage/records/session';

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
): { worked: Ms; at: Timestamp; record: StoredSessionRecord } | null {
  if (!before || !isLive(before)) return null;
  const same =
    after !== null &&
    after.routine.id === before.routine.id &&
    after.engine.startedAt === before.engine.startedAt;
  // Never more than the cap left when it began: the session was ended there, to the tick.
  const capped = (worked: Ms) => ms(before.capMs === null ? worked : Math.min(worked, before.capMs));
  if (same) {
    if (after.engine.status !== 'finished' && after.engine.status !== 'stopped') return null;
    return {
      worked: capped(timeWorked(after.engine)),
      at: after.engine.endedAt ?? after.seenAt,
      record: after,
    };
  }
  // Replaced or discarded: logged as it was last seen, stopped there by the person.
  const ended = {
    ...before,
    engine: { ...before.engine, status: 'stopped' as const, stopReason: 'user' as const },
  };
  return { worked: capped(timeWorkedBy(before.engine, before.seenAt)), at: before.seenAt, record: ended };
}
