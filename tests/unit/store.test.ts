import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/lib/clock';
import { safeStorage } from '../../src/storage/safeStorage';
import { createSessionStore, INTERRUPTED_AFTER_MS } from '../../src/features/session/store';
import { viewAt } from '../../src/engine/session';
import { sessionRecord } from '../../src/storage/records/session';
import { storageProblems } from '../../src/storage/problems';

const SESSION_STORAGE_KEY = sessionRecord.key;
const notices = () =>
  storageProblems
    .get()
    .map((p) => p.message)
    .join(' ');
import type { Cue } from '../../src/engine/cues';
import { workJustEnded } from '../../src/features/session/workEnded';
import { ms } from '../../src/lib/units';
import { testRoutine } from './fixtures';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const backing = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  } as Storage;
  return { data, storage: safeStorage(() => backing) };
}

function setup(initial: Record<string, string> = {}, clock = manualClock()) {
  const mem = memoryStorage(initial);
  const store = createSessionStore({ clock, storage: mem.storage });
  const heard: Cue[] = [];
  store.onCues((cues) => heard.push(...cues));
  const view = () => viewAt(store.getState().record!.engine, clock.now());
  return { store, clock, mem, heard, view, actions: store.getState().actions };
}

describe('session store', () => {
  it('starts a routine and announces the first step', () => {
    const { store, actions, heard, view } = setup();
    actions.startSession(testRoutine);
    expect(store.getState().record?.routine.id).toBe('test-routine');
    expect(view()).toMatchObject({ status: 'running', stepIndex: 0, stepRemainingMs: 60_000 });
    expect(heard.map((c) => c.kind)).toEqual(['step-start']);
  });

  it('auto-advances on ticks and speaks each cue once', () => {
    const { clock, actions, heard, view } = setup();
    actions.startSession(testRoutine);
    for (let i = 0; i < 4 * 70; i++) {
      clock.advance(250);
      actions.tick();
    }
    expect(view().stepIndex).toBe(1);
    expect(heard.map((c) => `${c.stepIndex}:${c.kind}`)).toEqual([
      '0:step-start',
      '0:halfway',
      '0:ten-seconds',
      '1:step-start',
    ]);
  });

  it('after a 60 s gap with no ticks, shows the right step and gives only the current cue', () => {
    const { clock, actions, heard, view } = setup();
    actions.startSession(testRoutine);
    heard.length = 0;
    clock.advance(75_000);
    actions.tick();
    expect(view()).toMatchObject({ stepIndex: 1, stepRemainingMs: 45_000 });
    expect(heard.map((c) => c.kind)).toEqual(['step-start']);
  });

  it('Stop pauses at once and opens the dialog; too much pressure resumes lighter', () => {
    const { store, clock, actions, view } = setup();
    actions.startSession(testRoutine);
    clock.advance(10_000);
    actions.requestStop();
    expect(store.getState().stopDialogOpen).toBe(true);
    expect(view().status).toBe('paused');
    clock.advance(30_000);
    expect(view().stepRemainingMs).toBe(50_000);
    actions.reportDiscomfort('too-much-pressure');
    expect(store.getState().stopDialogOpen).toBe(false);
    expect(store.getState().record?.engine.easedBy).toBe(1);
    expect(view().status).toBe('running');
  });

  it('stops for safety on sharp pain', () => {
    const { store, actions } = setup();
    actions.startSession(testRoutine);
    actions.requestStop();
    actions.reportDiscomfort('sharp-pain');
    expect(store.getState().record?.engine).toMatchObject({ status: 'stopped', stopReason: 'sharp-pain' });
  });

  it('saves as it runs and resumes at the right step and time after a reload', () => {
    const first = setup();
    first.actions.startSession(testRoutine);
    first.clock.advance(20_000);
    first.actions.pause();
    const saved = first.mem.data.get(SESSION_STORAGE_KEY)!;
    expect(saved).toContain('"paused"');

    const clock = manualClock(first.clock.now() + 60_000);
    const second = setup({ [SESSION_STORAGE_KEY]: saved }, clock);
    expect(second.store.getState().stale).toBe(false);
    expect(second.view()).toMatchObject({ status: 'paused', stepIndex: 0, stepRemainingMs: 40_000 });
  });

  it('keeps running through a reload, as a locked phone would', () => {
    const first = setup();
    first.actions.startSession(testRoutine);
    first.clock.advance(5_000);
    first.actions.tick();
    const saved = first.mem.data.get(SESSION_STORAGE_KEY)!;
    const second = setup({ [SESSION_STORAGE_KEY]: saved }, manualClock(first.clock.now() + 60_000));
    expect(second.view()).toMatchObject({ status: 'running', stepIndex: 1, stepRemainingMs: 55_000 });
  });

  it('offers, not forces, a session whose page was closed for more than a minute', () => {
    const first = setup();
    first.actions.startSession(testRoutine);
    first.clock.advance(30_000);
    first.actions.tick();
    first.clock.advance(5_000);
    first.actions.tick();
    const saved = first.mem.data.get(SESSION_STORAGE_KEY)!;
    const clock = manualClock(first.clock.now() + INTERRUPTED_AFTER_MS + 1000);
    const second = setup({ [SESSION_STORAGE_KEY]: saved }, clock);
    expect(second.store.getState().stale).toBe(true);
    second.actions.tick();
    expect(second.store.getState().record?.engine.status).toBe('running');
    second.actions.pickUpStale();
    expect(second.view()).toMatchObject({ status: 'paused', stepIndex: 0, stepRemainingMs: 25_000 });
  });

  it('an interrupted session neither runs nor speaks until the person picks an option', () => {
    const first = setup();
    first.actions.startSession(testRoutine);
    first.clock.advance(40_000);
    first.actions.tick();
    const saved = first.mem.data.get(SESSION_STORAGE_KEY)!;
    const later = first.clock.now() + 4 * 60_000; // a tab closed for four minutes
    const start = setup({ [SESSION_STORAGE_KEY]: saved }, manualClock(later));
    start.actions.tick();
    expect(start.store.getState().stale).toBe(true);
    expect(start.store.getState().record?.engine).toMatchObject({ status: 'running', stepIndex: 0 });
    expect(start.heard).toEqual([]);
    start.actions.restartStale();
    expect(start.view()).toMatchObject({ status: 'running', stepIndex: 0, stepRemainingMs: 60_000 });
    expect(start.heard.map((c) => c.kind)).toEqual(['step-start']);

    const end = setup({ [SESSION_STORAGE_KEY]: saved }, manualClock(later));
    const before = end.store.getState().record;
    end.actions.endStale();
    const after = end.store.getState().record;
    expect(after?.engine).toMatchObject({ status: 'stopped', stopReason: 'user' });
    expect(workJustEnded(before, after)?.worked).toBe(40_000);
    expect(end.heard).toEqual([]);
  });

  it('a session reopened on another page waits there too, however short the gap', () => {
    const first = setup();
    first.actions.startSession(testRoutine);
    const saved = first.mem.data.get(SESSION_STORAGE_KEY)!;
    const store = createSessionStore({
      clock: manualClock(first.clock.now() + 5_000),
      storage: memoryStorage({ [SESSION_STORAGE_KEY]: saved }).storage,
      resumesHere: () => false,
    });
    expect(store.getState().stale).toBe(true);
  });

  it('sets corrupt saved state aside with a message, and keeps the original', () => {
    const corrupt = '{"state":{"record":{"routineId":42}},"version":1}';
    const { store, mem } = setup({ [SESSION_STORAGE_KEY]: corrupt });
    expect(store.getState().record).toBeNull();
    expect(notices()).toMatch(/could not be read/);
    const asideKey = [...mem.data.keys()].find((k) => k.startsWith(`${SESSION_STORAGE_KEY}:unreadable:`));
    expect(asideKey).toBeDefined();
    expect(mem.data.get(asideKey!)).toContain('"routineId":42');
  });

  it('survives saved state that is not JSON at all', () => {
    const { store, mem } = setup({ [SESSION_STORAGE_KEY]: '{not json' });
    expect(store.getState().record).toBeNull();
    expect(notices()).toMatch(/could not be read/);
    expect([...mem.data.values()]).toContain('{not json');
  });

  it('keeps running and says so when storage refuses to save', () => {
    const clock = manualClock();
    const refusing = safeStorage(
      () =>
        ({
          getItem: () => null,
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
          removeItem: () => undefined,
        }) as unknown as Storage,
    );
    const store = createSessionStore({ clock, storage: refusing });
    store.getState().actions.startSession(testRoutine);
    expect(store.getState().record?.engine.status).toBe('running');
    expect(notices()).toMatch(/would not save/);
  });
});

describe('self-massage time that counts toward the daily cap', () => {
  it('counts nothing while a session runs, and the time worked when it ends', () => {
    const { store, clock, actions } = setup();
    actions.startSession(testRoutine);
    const running = store.getState().record;
    clock.advance(20_000);
    actions.tick();
    expect(workJustEnded(running, store.getState().record)).toBeNull();

    const before = store.getState().record;
    clock.advance(10_000);
    actions.requestStop();
    actions.reportDiscomfort('want-to-stop');
    expect(workJustEnded(before, store.getState().record)?.worked).toBe(30_000);
  });

  it('counts a session replaced by another up to when it was last seen running', () => {
    const { store, clock, actions } = setup();
    actions.startSession(testRoutine);
    clock.advance(45_000);
    actions.tick();
    const replaced = store.getState().record;
    clock.advance(3_000); // not seen again before the new one starts
    actions.startSession(testRoutine);
    const work = workJustEnded(replaced, store.getState().record);
    expect(work?.worked).toBe(45_000);
    expect(workJustEnded(store.getState().record, store.getState().record)).toBeNull();
  });
});

describe('the daily cap during a self-massage', () => {
  it('ends the session where the cap falls, added time included, and says only that it ended', () => {
    const { store, clock, actions, heard } = setup();
    actions.startSession(testRoutine, { capMs: ms(80_000) });
    actions.addThirtySeconds();
    clock.advance(50_000);
    actions.tick();
    expect(store.getState().record?.engine.status).toBe('running');
    heard.length = 0;
    const before = store.getState().record;
    clock.advance(30_000); // 80 s worked: the cap, in the middle of step 2
    actions.tick();
    const after = store.getState().record!;
    expect(after.engine).toMatchObject({ status: 'stopped', stopReason: 'daily-cap' });
    expect(heard.map((c) => c.kind)).toEqual(['finished']);
    expect(workJustEnded(before, after)?.worked).toBe(80_000);
  });

  it('refuses added time the cap would never let run', () => {
    const { actions, view } = setup();
    actions.startSession(testRoutine, { capMs: ms(130_000) }); // 2 min planned, 2:10 left today
    actions.addThirtySeconds();
    expect(view().stepRemainingMs).toBe(60_000);
    const roomy = setup();
    roomy.actions.startSession(testRoutine, { capMs: ms(150_000) });
    roomy.actions.addThirtySeconds();
    expect(roomy.view().stepRemainingMs).toBe(90_000);
  });
});
