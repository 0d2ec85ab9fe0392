/**
 * One home for stored data: today's formats (frozen as fixtures before the change) come forward with
 * nothing lost, every record in the registry survives corrupt, hand-edited and future data, and a
 * device that refuses writes still keeps what was counted for this tab.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoutine } from '../../src/features/routines/source';
import { createHistory, type HistoryEntry } from '../../src/storage/history';
import { historyRecord } from '../../src/storage/records/history';
import { createSessionStore } from '../../src/features/session/store';
import { createSettingsStore } from '../../src/features/settings/settingsStore';
import { manualClock } from '../../src/lib/clock';
import { openRecord } from '../../src/storage/openRecord';
import { storageProblems } from '../../src/storage/problems';
import { readEnvelope, readRecord, writeEnvelope } from '../../src/storage/record';
import { selfMassageLogRecord } from '../../src/storage/records/selfMassageLog';
import { sessionRecord } from '../../src/storage/records/session';
import { settingsRecord } from '../../src/storage/records/settings';
import { RECORDS } from '../../src/storage/registry';
import { safeStorage } from '../../src/storage/safeStorage';
import sessionV1 from './fixtures/storage/session-v1.json';
import settingsV1 from './fixtures/storage/settings-v1.json';
import logV0 from './fixtures/storage/self-massage-log-v0.json';

function memoryStorage(initial: Record<string, string> = {}, { refuseWrites = false } = {}) {
  const data = new Map(Object.entries(initial));
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuseWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return { data, storage: safeStorage(() => backing) };
}

const messages = () => storageProblems.get().map((p) => p.message);

describe("a user of today's build, after the upgrade", () => {
  const saved = {
    [sessionRecord.key]: JSON.stringify(sessionV1),
    [settingsRecord.key]: JSON.stringify(settingsV1),
    [selfMassageLogRecord.key]: JSON.stringify(logV0),
  };

  it('keeps the running session, field by field, with its routine copied in (session v1 → v2)', () => {
    const mem = memoryStorage(saved);
    const clock = manualClock(sessionV1.state.record.seenAt + 60_000);
    const store = createSessionStore({ clock, storage: mem.storage });
    const { record, stale } = store.getState();
    const old = sessionV1.state.record;
    expect(stale).toBe(false);
    expect(record?.routine).toEqual(findRoutine(old.routineId));
    expect(record?.routine.steps.map((s) => s.id)).toEqual(old.stepIds);
    const { lighter, ...engine } = old.engine;
    for (const [field, value] of Object.entries(engine)) {
      expect(record?.engine[field as keyof typeof record.engine], field).toEqual(value);
    }
    // v1's one level lighter (a flare-up here) is v2's easedBy 1.
    expect(record?.engine.easedBy).toBe(lighter ? 1 : 0);
    expect(record?.capMs).toBe(15 * 60_000);
    expect(record?.seenAt).toBe(old.seenAt);
    // zustand's migrate ran and wrote the record back in the new version.
    const stored = JSON.parse(mem.data.get(sessionRecord.key)!);
    expect(stored.version).toBe(2);
    expect(stored.state.record.routine.id).toBe(old.routineId);
    expect(messages()).toEqual([]);
  });

  it('keeps every setting (settings v1)', () => {
    const mem = memoryStorage(saved);
    const state = createSettingsStore(mem.storage).getState();
    for (const [field, value] of Object.entries(settingsV1.state)) {
      expect(state[field as keyof typeof state], field).toEqual(value);
    }
  });

  it("keeps today's self-massage minutes: the bare log array is taken into the history", () => {
    const mem = memoryStorage(saved);
    const log = createHistory(mem.storage);
    for (const { day, ms: worked } of logV0) expect(log.capMsOn(day)).toBe(worked);
    // Moved, not copied: history holds the minutes now, and the old key is gone.
    expect(mem.data.has(selfMassageLogRecord.key)).toBe(false);
    const stored = JSON.parse(mem.data.get(historyRecord.key)!);
    expect(stored.version).toBe(1);
    expect(stored.state.sessions.map((e: HistoryEntry) => [e.fromOldLog, e.workedMs])).toEqual(
      logV0.map((d) => [true, d.ms]),
    );
    expect(createHistory(mem.storage).capMsOn(logV0[1]!.day)).toBe(logV0[1]!.ms);
  });

  it('sets aside a v1 session whose routine has since changed, says so, and starts cleanly', () => {
    const edited = structuredClone(sessionV1);
    edited.state.record.stepIds[0] = 'a-step-that-is-gone';
    const mem = memoryStorage({ [sessionRecord.key]: JSON.stringify(edited) });
    const store = createSessionStore({ clock: manualClock(), storage: mem.storage });
    expect(store.getState().record).toBeNull();
    expect(messages().join()).toMatch(/session could not be read/);
    const aside = [...mem.data].filter(([k]) => k.startsWith(`${sessionRecord.key}:unreadable:`));
    expect(aside.map(([, v]) => v)).toEqual([JSON.stringify(edited)]);
  });
});

describe('every record in the registry', () => {
  it('has its own key, and a migration for every older version it names', () => {
    const keys = RECORDS.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const record of RECORDS) {
      for (const from of Object.keys(record.migrations).map(Number)) {
        expect(from, record.key).toBeLessThan(record.version);
      }
      const lowest = record.legacy ? 0 : 1;
      for (let v = lowest; v < record.version; v++)
        expect(record.migrations[v], `${record.key} v${v}`).toBeDefined();
    }
  });

  it.each(RECORDS.map((r) => [r.key, r] as const))(
    '%s: corrupt, hand-edited or future data is never trusted and never throws',
    (_key, record) => {
      for (const raw of ['', '{not json', 'null', '[]', '42', '{"state":{},"version":1.5}']) {
        expect(() => readRecord(record, raw)).not.toThrow();
      }
      expect(readRecord(record, JSON.stringify({ state: {}, version: record.version + 1 }))).toBeNull();
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
          const value = readRecord(record, raw);
          // Whatever comes back has passed the record's own check.
          return value === null || record.parse(value) !== null;
        }),
        { numRuns: 2000 },
      );
      fc.assert(
        fc.property(fc.jsonValue(), fc.nat({ max: record.version + 2 }), (state, version) => {
          const value = readRecord(record, JSON.stringify({ state, version }));
          return value === null || record.parse(value) !== null;
        }),
        { numRuns: 2000 },
      );
    },
  );

  it('reads back what it wrote', () => {
    const settings = settingsRecord.parse(settingsV1.state)!;
    expect(readRecord(settingsRecord, writeEnvelope(settingsRecord, settings))).toEqual(settings);
    const log = { days: [{ day: '2026-11-30', ms: 1000 }] };
    expect(readRecord(selfMassageLogRecord, writeEnvelope(selfMassageLogRecord, log))).toEqual(log);
    expect(readEnvelope(selfMassageLogRecord, JSON.stringify(logV0))).toEqual({ state: logV0, version: 0 });
  });
});

describe('a device that refuses to save', () => {
  it("keeps the value for this tab and says the cap can't be remembered", () => {
    const mem = memoryStorage({}, { refuseWrites: true });
    const log = createHistory(mem.storage);
    const at = new Date(2026, 10, 30, 9, 0).getTime();
    const entry = (id: string, worked: number): HistoryEntry => ({
      id,
      routineId: 'self-foam-roller',
      routineTitle: 'Roller',
      who: 'self',
      countsTowardCap: true,
      startedAt: at,
      endedAt: at + worked,
      plannedMs: worked,
      workedMs: worked,
      stepsDone: 4,
      stepCount: 4,
      stopReason: null,
      flareUp: false,
      easedBy: 0,
    });
    log.add(entry('a', 10 * 60_000));
    log.add(entry('b', 2 * 60_000));
    expect(log.capMsOn('2026-11-30')).toBe(12 * 60_000);
    expect(messages().join()).toMatch(
      /would not save your history, so today’s 15-minute .*cap can’t be remembered/,
    );
  });

  it('says so once, and forgets the warning when writes go through again', () => {
    let refuse = true;
    const data = new Map<string, string>();
    const storage = safeStorage(
      () =>
        ({
          getItem: (k: string) => data.get(k) ?? null,
          setItem: (k: string, v: string) => {
            if (refuse) throw new DOMException('full', 'QuotaExceededError');
            data.set(k, v);
          },
          removeItem: (k: string) => void data.delete(k),
        }) as unknown as Storage,
    );
    const record = openRecord(selfMassageLogRecord, storage, () => ({ days: [] }));
    record.set({ days: [] });
    record.set({ days: [] });
    expect(storageProblems.get()).toHaveLength(1);
    refuse = false;
    record.set({ days: [{ day: '2026-11-30', ms: 5 }] });
    expect(storageProblems.get()).toEqual([]);
    expect(record.get()).toEqual({ days: [{ day: '2026-11-30', ms: 5 }] });
  });
});
