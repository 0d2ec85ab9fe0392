/**
 * Every session that ended: what was played, when, for how long, whether and why it stopped, and how the
 * person felt afterwards (then, and the next day). The self-massage daily cap is a question asked of it.
 *
 * v1 {sessions: Entry[]} — newest last. Sessions logged before this record existed come from the old
 * self-massage log (`unknot:self-massage-log`), one entry a day with its minutes (`fromOldLog`).
 */
import { z } from 'zod/mini';
import { STOP_REASONS } from '../../engine/session';
import { BODY_AREAS, WHO } from '../../lib/vocabulary';
import { HISTORY_KEY } from '../keys';
import { defineRecord, parseWith, type Merged } from '../record';

const time = z.number().check(z.nonnegative());
const duration = z.number().check(z.gte(0), z.lte(24 * 3_600_000));

export const FEELINGS = ['better', 'same', 'worse'] as const;
export const Feeling = z.enum(FEELINGS);
export type Feeling = z.infer<typeof Feeling>;

const tapCount = z.int().check(z.gte(1), z.lte(1000));

export const HistoryEntry = z.object({
  /** The session's start, as text: unique per session, and the same on every device it travels to. */
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  routineId: z.string().check(z.maxLength(80)),
  /** The routine's name when it was played: a saved routine may be renamed or deleted later. */
  routineTitle: z.string().check(z.maxLength(80)),
  who: z.enum(WHO),
  /** Ball or roller work that counts toward today's self-massage cap. */
  countsTowardCap: z.boolean(),
  startedAt: time,
  endedAt: time,
  plannedMs: duration,
  workedMs: duration,
  stepsDone: z.int().check(z.gte(0), z.lte(100)),
  stepCount: z.int().check(z.gte(0), z.lte(100)),
  /** Null when it ran to the end. */
  stopReason: z.nullable(z.enum(STOP_REASONS)),
  flareUp: z.boolean(),
  /** Levels lighter asked for during the session ("too much pressure"). */
  easedBy: z.int().check(z.gte(0), z.lte(2)),
  /** Taps on the receiver's panel, by what was asked; left out when nobody used it. */
  receiver: z.optional(
    z.object({
      lighter: z.optional(tapCount),
      'just-right': z.optional(tapCount),
      firmer: z.optional(tapCount),
      pause: z.optional(tapCount),
      resume: z.optional(tapCount),
      stop: z.optional(tapCount),
    }),
  ),
  feeling: z.optional(Feeling),
  note: z.optional(z.string().check(z.maxLength(500))),
  tightAreas: z.optional(z.array(z.enum(BODY_AREAS)).check(z.maxLength(BODY_AREAS.length))),
  nextDay: z.optional(z.object({ feeling: Feeling, at: time })),
  /** When home asked "how is your back today?" about this session: it asks once, answered or not. */
  nextDayAskedAt: z.optional(time),
  fromOldLog: z.optional(z.boolean()),
  /** Deleted by the person, but ball or roller time from today still counts toward today's cap. */
  removedAt: z.optional(time),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const State = z.object({ sessions: z.array(HistoryEntry).check(z.maxLength(5000)) });
export type HistoryState = z.infer<typeof State>;

/** Sessions kept: about three years of one a day; the oldest go first (storage/history.ts and imports). */
export const HISTORY_KEEP = 1000;

/**
 * A backup's sessions joined to this device's, by id: a session already here is skipped, never doubled.
 * Deleted sessions do not travel; one deleted here comes back when the file has it (as it would once
 * its 48 hours as a deleted entry are over). Newest last, and no more than the log keeps.
 */
function mergeHistory(current: HistoryState | null, incoming: HistoryState): Merged<HistoryState> {
  const here = current?.sessions ?? [];
  const shown = new Set(here.filter((e) => e.removedAt === undefined).map((e) => e.id));
  const taken = new Map<string, HistoryEntry>();
  let skipped = 0;
  for (const entry of incoming.sessions) {
    if (entry.removedAt !== undefined) continue;
    if (shown.has(entry.id) || taken.has(entry.id)) skipped++;
    else taken.set(entry.id, entry);
  }
  const sessions = [...here.filter((e) => !taken.has(e.id)), ...taken.values()]
    .sort((a, b) => a.startedAt - b.startedAt)
    .slice(-HISTORY_KEEP);
  const added = sessions.filter((e) => taken.get(e.id) === e).length;
  return { value: { sessions }, added, skipped };
}

export const historyRecord = defineRecord<HistoryState>({
  key: HISTORY_KEY,
  version: 1,
  label: 'history',
  unsavedMessage:
    'This device would not save your history, so today’s 15-minute self-massage cap can’t be remembered after a reload. This tab keeps count until then.',
  parse: parseWith(State),
  migrations: {},
  backup: {
    merge: mergeHistory,
    exported: ({ sessions }) => ({ sessions: sessions.filter((e) => e.removedAt === undefined) }),
    counts: ['session', 'sessions'],
  },
});
