/**
 * "Export my data" and "Import data": a backup brings everything back on an empty device, joins a
 * device's own data without losing or doubling anything, and a bad file changes nothing.
 */
import { createElement } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { historyEntry } from '../historyEntry';
import { describe, expect, it } from 'vitest';
import { Component as SettingsRoute } from '../../src/app/routes/settings';
import { refTo, authoredSteps, NAME_MAX } from '../../src/content/compose';
import { routines } from '../../src/content';
import { settingsStore } from '../../src/features/settings/settingsStore';
import {
  describeBackup,
  describeImport,
  exportData,
  importBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  REASONS,
  type Backup,
} from '../../src/storage/backup';
import { history } from '../../src/storage/history';
import { myRoutines } from '../../src/storage/myRoutines';
import { readRecord, writeEnvelope } from '../../src/storage/record';
import { historyRecord, type HistoryEntry } from '../../src/storage/records/history';
import { draftRecord, myRoutinesRecord, type SavedRoutine } from '../../src/storage/records/myRoutines';
import { sessionRecord } from '../../src/storage/records/session';
import { DEFAULT_SETTINGS, settingsRecord, type Settings } from '../../src/storage/records/settings';
import { safeStorage } from '../../src/storage/safeStorage';

function memoryStorage(initial: Record<string, string> = {}, { refuseWritesTo = '' } = {}) {
  const data = new Map(Object.entries(initial));
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuseWritesTo && k.startsWith(refuseWritesTo))
        throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  } as unknown as Storage;
  return { data, storage: safeStorage(() => backing) };
}

const NOW = new Date(2026, 10, 25, 20, 30).getTime();
const HOUR = 3_600_000;

const entry = (id: string, startedAt: number, fields: Partial<HistoryEntry> = {}) =>
  historyEntry(startedAt, { id, ...fields });

const partnerSteps = authoredSteps(routines)
  .filter(({ routine }) => routine.who === 'partner')
  .map(refTo);

function routine(id: string, name: string, stepCount = 2, createdAt = NOW - 10 * HOUR): SavedRoutine {
  return {
    id,
    name,
    who: 'partner',
    steps: partnerSteps.slice(0, stepCount),
    createdAt,
    updatedAt: createdAt,
  };
}

const stored = {
  settings: (s: Partial<Settings>) => writeEnvelope(settingsRecord, { ...DEFAULT_SETTINGS, ...s }),
  history: (sessions: HistoryEntry[]) => writeEnvelope(historyRecord, { sessions }),
  routines: (list: SavedRoutine[]) => writeEnvelope(myRoutinesRecord, { routines: list }),
};

const read = {
  settings: (data: Map<string, string>) => readRecord(settingsRecord, data.get(settingsRecord.key) ?? ''),
  sessions: (data: Map<string, string>) =>
    readRecord(historyRecord, data.get(historyRecord.key) ?? '')?.sessions ?? [],
  routines: (data: Map<string, string>) =>
    readRecord(myRoutinesRecord, data.get(myRoutinesRecord.key) ?? '')?.routines ?? [],
};

/** A device someone has used: settings, three sessions (one deleted), two routines, a live session. */
function usedDevice() {
  return memoryStorage({
    [settingsRecord.key]: stored.settings({ rate: 1.1, theme: 'dim', chimes: false }),
    [historyRecord.key]: stored.history([
      entry('a', NOW - 30 * HOUR, { feeling: 'better', tightAreas: ['lower-back'] }),
      entry('b', NOW - 20 * HOUR, { note: 'Much looser' }),
      entry('gone', NOW - 2 * HOUR, { removedAt: NOW - HOUR, countsTowardCap: true }),
    ]),
    [myRoutinesRecord.key]: stored.routines([routine('my-one', 'Evening'), routine('my-two', 'Short', 1)]),
    [sessionRecord.key]: JSON.stringify({ state: { record: null }, version: 2 }),
    [draftRecord.key]: JSON.stringify({ state: { draft: null }, version: 1 }),
  });
}

/** A file's text all the way into a storage: what the Settings screen does. */
function importText(storage: ReturnType<typeof memoryStorage>['storage'], text: string) {
  const parsed = parseBackup(text);
  return parsed.ok ? importBackup(storage, parsed) : parsed;
}

const backupText = (device = usedDevice()) => JSON.stringify(exportData(device.storage, NOW));

describe('export', () => {
  it('writes one file of routines, history and settings, without the live session, draft or deleted sessions', () => {
    const file = exportData(usedDevice().storage, NOW);
    expect(file).toMatchObject({ app: 'unknot', kind: 'backup', version: 1 });
    expect(file.exportedAt).toBe(new Date(NOW).toISOString());
    expect(Object.keys(file.records).sort()).toEqual(
      [historyRecord.key, myRoutinesRecord.key, settingsRecord.key].sort(),
    );
    const sessions = (file.records[historyRecord.key]!.state as { sessions: HistoryEntry[] }).sessions;
    expect(sessions.map((e) => e.id)).toEqual(['a', 'b']);
    expect(describeBackup(file)).toBe('2 sessions, 2 routines and your settings');
  });

  it('leaves out a record it cannot read, and an empty device gives an empty file', () => {
    const device = usedDevice();
    device.data.set(historyRecord.key, '{"state": {"sessions": "lots"}, "version": 1}');
    expect(Object.keys(exportData(device.storage, NOW).records)).not.toContain(historyRecord.key);
    const empty = exportData(memoryStorage().storage, NOW);
    expect(empty.records).toEqual({});
    expect(describeBackup(empty)).toBe('');
  });
});

describe('import into an empty device', () => {
  it('gives back the same routines, sessions and settings', () => {
    const from = usedDevice();
    const to = memoryStorage();
    const result = importText(to.storage, backupText(from));
    expect(result.ok).toBe(true);
    expect(read.settings(to.data)).toEqual(read.settings(from.data));
    expect(read.routines(to.data)).toEqual(read.routines(from.data));
    expect(read.sessions(to.data)).toEqual(read.sessions(from.data).filter((e) => e.id !== 'gone'));
    expect(to.data.has(sessionRecord.key)).toBe(false);
    expect(to.data.has(draftRecord.key)).toBe(false);
    if (result.ok)
      expect(describeImport(result.records)).toBe(
        'Added 2 sessions and 2 routines. Took your settings from the file.',
      );
  });

  it('adds nothing the second time: the same file again changes not one byte', () => {
    const to = memoryStorage();
    const text = backupText();
    importText(to.storage, text);
    const after = new Map(to.data);
    const again = importText(to.storage, text);
    expect(to.data).toEqual(after);
    expect(again.ok && describeImport(again.records)).toBe(
      'Nothing new was added. Skipped 2 sessions and 2 routines already here. Kept the settings on this device.',
    );
  });
});

describe('joining a backup to what is here', () => {
  const merge = {
    history: historyRecord.backup!.merge,
    routines: myRoutinesRecord.backup!.merge,
    settings: settingsRecord.backup!.merge,
  };

  it('history: adds sessions by id, skips those already here, keeps its order', () => {
    const here = { sessions: [entry('a', 100), entry('c', 300)] };
    const file = { sessions: [entry('a', 100, { note: 'other' }), entry('b', 200), entry('d', 400)] };
    const { value, added, skipped } = merge.history(here, file);
    expect(value.sessions.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(value.sessions[0]!.note).toBeUndefined(); // the one here is kept, not overwritten
    expect({ added, skipped }).toEqual({ added: 2, skipped: 1 });
  });

  it('history: deleted sessions do not travel, a session deleted here comes back from the file', () => {
    const here = { sessions: [entry('a', 100, { removedAt: 500, countsTowardCap: true })] };
    const file = { sessions: [entry('a', 100), entry('b', 200, { removedAt: 300 })] };
    const { value, added, skipped } = merge.history(here, file);
    expect(value.sessions).toEqual([entry('a', 100)]);
    expect({ added, skipped }).toEqual({ added: 1, skipped: 0 });
    // A session listed twice in a file is taken once.
    expect(merge.history(null, { sessions: [entry('x', 1), entry('x', 1)] })).toMatchObject({
      added: 1,
      skipped: 1,
    });
  });

  it('history: keeps the newest thousand, as the log does', () => {
    const many = (prefix: string, from: number) =>
      Array.from({ length: 800 }, (_, i) => entry(`${prefix}${i}`, from + i));
    const { value, added } = merge.history({ sessions: many('old', 0) }, { sessions: many('new', 10_000) });
    expect(value.sessions).toHaveLength(1000);
    expect(value.sessions.at(-1)!.id).toBe('new799');
    expect(added).toBe(800);
    expect(historyRecord.parse(value)).not.toBeNull();
  });

  it('routines: skips one already here, adds a new one, copies one whose id is taken by another', () => {
    const here = { routines: [routine('my-one', 'Evening'), routine('my-two', 'Short', 1)] };
    const file = {
      routines: [
        routine('my-one', 'Evening'), // the same: skipped
        routine('my-two', 'Short', 3), // same id, other steps: a copy, never overwriting
        routine('my-new', 'Morning', 2, NOW), // added as it is
      ],
    };
    const { value, added, skipped } = merge.routines(here, file);
    expect({ added, skipped }).toEqual({ added: 2, skipped: 1 });
    expect(value.routines.slice(0, 2)).toEqual(here.routines);
    const copy = value.routines.find((r) => r.name === 'Short (imported)')!;
    expect(copy.steps).toHaveLength(3);
    expect(copy.id).toMatch(/^my-[a-z0-9]+$/);
    expect(value.routines.map((r) => r.id)).toHaveLength(new Set(value.routines.map((r) => r.id)).size);
    expect(value.routines.at(-1)!.id).toBe('my-new');
    // The copy is found again next time: nothing doubles.
    expect(merge.routines(value, file)).toMatchObject({ added: 0, skipped: 3 });
  });

  it('routines: a copy of a long name still fits the name box', () => {
    const long = 'L'.repeat(NAME_MAX);
    const { value } = merge.routines(
      { routines: [routine('my-one', long, 1)] },
      { routines: [routine('my-one', long, 2)] },
    );
    expect(value.routines[1]!.name).toHaveLength(NAME_MAX);
    expect(myRoutinesRecord.parse(value)).not.toBeNull();
  });

  it('settings: the ones chosen here stay; a device with none takes the file’s', () => {
    const mine = { ...DEFAULT_SETTINGS, rate: 1.2 };
    const theirs = { ...DEFAULT_SETTINGS, theme: 'dim' as const };
    expect(merge.settings(mine, theirs)).toEqual({ value: mine, added: 0, skipped: 1 });
    expect(merge.settings(null, theirs)).toEqual({ value: theirs, added: 1, skipped: 0 });
  });

  it('joins a real file into a used device and says so', () => {
    const to = memoryStorage({
      [historyRecord.key]: stored.history([entry('a', NOW - 30 * HOUR), entry('z', NOW - 5 * HOUR)]),
    });
    const result = importText(to.storage, backupText());
    expect(result.ok && describeImport(result.records)).toBe(
      'Added 1 session and 2 routines. Skipped 1 session already here. Took your settings from the file.',
    );
    expect(read.sessions(to.data).map((e) => e.id)).toEqual(['a', 'b', 'z']);
  });

  it('sets aside a stored record it cannot read, then takes the file’s', () => {
    const to = memoryStorage({ [myRoutinesRecord.key]: '{"state": {"routines": 7}, "version": 1}' });
    expect(importText(to.storage, backupText()).ok).toBe(true);
    expect(read.routines(to.data)).toHaveLength(2);
    const aside = [...to.data.keys()].filter((k) => k.startsWith(`${myRoutinesRecord.key}:unreadable:`));
    expect(aside.map((k) => to.data.get(k))).toEqual(['{"state": {"routines": 7}, "version": 1}']);
  });
});

describe('a file that is refused changes nothing and says why', () => {
  const valid = () => JSON.parse(backupText()) as Backup;
  const refusedWith = (text: string, reason: string) => {
    const device = usedDevice();
    const before = new Map(device.data);
    expect(importText(device.storage, text)).toEqual({ ok: false, reason });
    expect(device.data).toEqual(before);
  };

  it('not JSON, cut short, or another kind of file', () => {
    refusedWith('PK\u0003\u0004 a zip file', REASONS.unreadable);
    refusedWith(backupText().slice(0, 200), REASONS.unreadable);
    refusedWith('{"name": "package", "version": 1}', REASONS.notBackup);
    refusedWith('[]', REASONS.notBackup);
    refusedWith(JSON.stringify({ ...valid(), records: [] }), REASONS.notBackup);
    refusedWith(JSON.stringify({ ...valid(), version: '1' }), REASONS.notBackup);
  });

  it('from a newer version of the app, or holding a record from one', () => {
    refusedWith(JSON.stringify({ ...valid(), version: 2 }), REASONS.newer);
    const file = valid();
    file.records[historyRecord.key]!.version = 2;
    refusedWith(JSON.stringify(file), REASONS.newer);
  });

  it('one damaged record refuses the whole file', () => {
    const file = valid();
    (file.records[myRoutinesRecord.key]!.state as { routines: { id: string }[] }).routines[1]!.id = 'yours';
    refusedWith(JSON.stringify(file), REASONS.damaged('routines'));
    file.records[myRoutinesRecord.key] = 'routines' as never;
    refusedWith(JSON.stringify(file), REASONS.damaged('routines'));
  });

  it('too big', () => {
    refusedWith(' '.repeat(MAX_BACKUP_BYTES + 1), REASONS.tooBig);
    // Bytes, not characters: 1.75 M three-byte characters are over 5 MB.
    refusedWith(`"${'€'.repeat(1_750_000)}"`, REASONS.tooBig);
  });

  it('a device that will not save puts back what it had already written', () => {
    const device = memoryStorage(
      { [historyRecord.key]: stored.history([entry('z', NOW - 5 * HOUR)]) },
      { refuseWritesTo: myRoutinesRecord.key },
    );
    const before = new Map(device.data);
    expect(importText(device.storage, backupText())).toEqual({ ok: false, reason: REASONS.noRoom });
    expect(device.data).toEqual(before);
  });

  it('ignores what it does not know: other keys, the live session, a draft', () => {
    const file = valid();
    file.records['unknot:something-new'] = { state: 1, version: 1 };
    file.records[sessionRecord.key] = { state: { record: 'nonsense' }, version: 9 };
    file.records[draftRecord.key] = { state: { draft: 'nonsense' }, version: 1 };
    const to = memoryStorage();
    expect(importText(to.storage, JSON.stringify(file)).ok).toBe(true);
    expect([...to.data.keys()].sort()).toEqual(
      [historyRecord.key, myRoutinesRecord.key, settingsRecord.key].sort(),
    );
  });
});

describe('no file, however mangled, throws or changes stored data when refused', () => {
  const RUNS = { numRuns: 10_000 };
  /** Ten thousand imports take a few seconds; a busy machine may take several times that. */
  const SLOW = 120_000;

  /** Imports the text into a used device: never throws; refused, not a byte changes; taken, nothing is lost. */
  function check(text: string) {
    const device = usedDevice();
    const before = new Map(device.data);
    const sessionsBefore = read.sessions(device.data).filter((e) => e.removedAt === undefined);
    const routinesBefore = read.routines(device.data);
    const result = importText(device.storage, text);
    if (!result.ok) {
      expect(typeof result.reason).toBe('string');
      expect(device.data).toEqual(before);
      return;
    }
    expect(read.settings(device.data)).toEqual(read.settings(before));
    const ids = new Set(read.sessions(device.data).map((e) => e.id));
    expect(sessionsBefore.every((e) => ids.has(e.id))).toBe(true);
    expect(ids.size).toBe(read.sessions(device.data).length);
    const after = read.routines(device.data);
    expect(routinesBefore.every((r) => after.some((a) => JSON.stringify(a) === JSON.stringify(r)))).toBe(
      true,
    );
    expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
  }

  it(
    'random text',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary' }), check), RUNS);
    },
    SLOW,
  );

  it(
    'random JSON, and random JSON where a backup’s records go',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => check(JSON.stringify(value))),
        RUNS,
      );
      fc.assert(
        fc.property(fc.jsonValue(), (records) =>
          check(JSON.stringify({ app: 'unknot', kind: 'backup', version: 1, records })),
        ),
        RUNS,
      );
    },
    SLOW,
  );

  /** Every place in a JSON value, as a path of keys. */
  function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [at];
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return [at, ...keys.flatMap((k) => pathsOf((value as Record<string, unknown>)[k], [...at, k]))];
  }
  function setAt(root: unknown, path: (string | number)[], replace: (old: unknown) => unknown): unknown {
    if (path.length === 0) return replace(root);
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    const next = replace(node[last]);
    if (next === undefined) delete node[last];
    else node[last] = next;
    return copy;
  }

  const base = backupText();
  const baseValue = JSON.parse(base) as unknown;
  const basePaths = pathsOf(baseValue);
  const anyPath = fc.nat({ max: basePaths.length - 1 }).map((i) => basePaths[i]!);

  it(
    'a valid backup cut short, with characters changed, or with a value of the wrong kind',
    () => {
      const mangled = fc.oneof(
        fc.nat({ max: base.length }).map((n) => base.slice(0, n)),
        fc
          .tuple(fc.nat({ max: base.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
          .map(([i, s]) => base.slice(0, i) + s + base.slice(i + 1)),
        fc
          .tuple(anyPath, fc.oneof(fc.jsonValue(), fc.constant(undefined)))
          .map(([path, value]) => String(JSON.stringify(setAt(baseValue, path, () => value)))),
        fc
          .tuple(anyPath, fc.integer({ min: -3, max: 5 }))
          .map(([path, n]) =>
            JSON.stringify(setAt(baseValue, path, (old) => (typeof old === 'number' ? old + n : old))),
          ),
      );
      fc.assert(fc.property(mangled, check), RUNS);
    },
    SLOW,
  );

  it(
    'a valid backup with its own or a record’s version changed',
    () => {
      const versionPaths = basePaths.filter((p) => p.at(-1) === 'version');
      expect(versionPaths).toHaveLength(4);
      fc.assert(
        fc.property(
          fc.constantFrom(...versionPaths),
          fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
          (path, version) => check(JSON.stringify(setAt(baseValue, path, () => version))),
        ),
        RUNS,
      );
    },
    SLOW,
  );
});

describe('the Settings screen', () => {
  const choose = async (text: string, name = 'unknot-backup-2026-11-25.json') => {
    const user = userEvent.setup();
    const input = screen.getByLabelText('Import data');
    await user.upload(input, new File([text], name, { type: 'application/json' }));
  };

  it('imports a file, says what it added and skipped, and the screens that show it hear of it', async () => {
    const text = backupText();
    render(createElement(SettingsRoute));
    localStorage.clear(); // nothing chosen yet on this device: the file's settings are taken
    let told = 0;
    const stop = [history.subscribe(() => told++), myRoutines.subscribe(() => told++)];

    await choose(text);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Added 2 sessions and 2 routines. Took your settings from the file.',
    );
    expect(history.entries().map((e) => e.id)).toEqual(['b', 'a']);
    expect(myRoutines.list().map((r) => r.name)).toEqual(['Evening', 'Short']);
    expect(settingsStore.getState()).toMatchObject({ rate: 1.1, theme: 'dim', chimes: false });
    expect(told).toBe(2);

    await choose(text);
    expect(await screen.findByText(/^Nothing new was added/)).toHaveTextContent(
      'Nothing new was added. Skipped 2 sessions and 2 routines already here. Kept the settings on this device.',
    );
    stop.forEach((unsubscribe) => unsubscribe());
    act(() => settingsStore.getState().actions.reset());
  });

  it('says why a bad file was refused, changes nothing, and takes a good one next', async () => {
    render(createElement(SettingsRoute));
    localStorage.clear();
    await choose('{"app": "unknot", "kind": "backup", "version": 3, "records": {}}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${REASONS.newer} Nothing on this device was changed.`,
    );
    expect(localStorage.length).toBe(0);

    await choose(backupText());
    expect(await screen.findByText(/^Added 2 sessions/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => settingsStore.getState().actions.reset());
  });
});
