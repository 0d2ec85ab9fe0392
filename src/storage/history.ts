/**
 * The history of sessions on this device: one log that the History screen reads, the finished screen
 * writes feelings into, and the self-massage daily cap asks "how much today?". On first use it takes in
 * the old self-massage log (minutes per day), so a cap counted before the upgrade still holds.
 */
import { dayOf } from '../lib/days';
import { ms, type Ms } from '../lib/units';
import { openRecord } from './openRecord';
import { readRecord } from './record';
import { HISTORY_KEEP, historyRecord, type HistoryEntry, type HistoryState } from './records/history';
import { selfMassageLogRecord } from './records/selfMassageLog';
import { safeStorage, type SafeStorage } from './safeStorage';

export type { HistoryEntry };

/** What a person adds to a session afterwards. */
export type Afterwards = Partial<
  Pick<HistoryEntry, 'feeling' | 'note' | 'tightAreas' | 'nextDay' | 'nextDayAskedAt'>
>;

export interface History {
  /** Newest first. */
  entries(): readonly HistoryEntry[];
  /** Logs a session; a session logged again (same id) replaces its entry. */
  add(entry: HistoryEntry): void;
  update(id: string, afterwards: Afterwards): void;
  /** Removes one entry and hands it back, for undo. */
  remove(id: string): HistoryEntry | null;
  restore(entry: HistoryEntry): void;
  clear(): void;
  /** Ball and roller self-massage logged on a local calendar day, for the daily cap. */
  capMsOn(day: string): Ms;
  subscribe(listener: () => void): () => void;
  /** Tells the screens to read again what was written elsewhere (an import). */
  refresh(): void;
}

/** How long a deleted ball or roller session still counts toward the cap: past any "today". */
const KEEP_REMOVED_MS = 48 * 3_600_000;

/** The old log's minutes per day, as history entries (one a day, marked as such). */
function fromOldLog(storage: SafeStorage): HistoryEntry[] {
  const raw = storage.read(selfMassageLogRecord.key);
  const old = raw === null ? null : readRecord(selfMassageLogRecord, raw);
  if (!old) return [];
  return old.days.map(({ day, ms: worked }) => {
    const noon = new Date(`${day}T12:00:00`).getTime();
    return {
      id: `old-log-${day}`,
      routineId: 'self-massage',
      routineTitle: 'Self-massage',
      who: 'self',
      countsTowardCap: true,
      startedAt: noon,
      endedAt: noon + worked,
      plannedMs: worked,
      workedMs: worked,
      stepsDone: 0,
      stepCount: 0,
      stopReason: null,
      flareUp: false,
      easedBy: 0,
      fromOldLog: true,
    };
  });
}

/** This device's history. */
export const history: History = createHistory(safeStorage());

export function createHistory(storage: SafeStorage): History {
  const record = openRecord<HistoryState>(historyRecord, storage, () => ({ sessions: [] }));
  const listeners = new Set<() => void>();
  const read = (): HistoryEntry[] => {
    // The old log is taken in once: written into history first, and only then removed.
    if (storage.read(historyRecord.key) === null) {
      const carried = fromOldLog(storage);
      if (carried.length > 0 && record.set({ sessions: carried })) storage.remove(selfMassageLogRecord.key);
    }
    return record.get().sessions;
  };
  /** Deleting a session must not reset today's cap: its minutes stay, out of sight, for two days. */
  const removeAll = (gone: readonly HistoryEntry[], at: number): HistoryEntry[] =>
    gone
      .filter((e) => e.countsTowardCap && at - e.endedAt < KEEP_REMOVED_MS)
      .map((e) => ({ ...e, removedAt: e.removedAt ?? at }));
  const write = (sessions: HistoryEntry[]) => {
    const now = Date.now();
    const kept = sessions.filter((e) => e.removedAt === undefined || now - e.endedAt < KEEP_REMOVED_MS);
    const sorted = [...kept].sort((a, b) => a.startedAt - b.startedAt).slice(-HISTORY_KEEP);
    record.set({ sessions: sorted });
    listeners.forEach((listener) => listener());
  };
  return {
    entries: () =>
      read()
        .filter((e) => e.removedAt === undefined)
        .reverse(),
    add(entry) {
      write([...read().filter((e) => e.id !== entry.id), entry]);
    },
    update(id, afterwards) {
      write(read().map((e) => (e.id === id ? { ...e, ...afterwards } : e)));
    },
    remove(id) {
      const all = read();
      const found = all.find((e) => e.id === id && e.removedAt === undefined) ?? null;
      if (found) write([...all.filter((e) => e.id !== id), ...removeAll([found], Date.now())]);
      return found;
    },
    restore(entry) {
      write([...read().filter((e) => e.id !== entry.id), { ...entry, removedAt: undefined }]);
    },
    clear: () => write(removeAll(read(), Date.now())),
    capMsOn: (day) =>
      ms(
        read().reduce(
          (sum, e) => (e.countsTowardCap && dayOf(e.endedAt) === day ? sum + e.workedMs : sum),
          0,
        ),
      ),
    refresh: () => listeners.forEach((listener) => listener()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
