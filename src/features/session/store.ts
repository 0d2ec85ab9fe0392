/**
 * The session store: wraps the pure engine with an injected clock, saves the session as it runs and
 * hands cues to whoever listens (speech, chimes, vibration). It owns no interval: see ticker.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { Routine } from '../../content/schema';
import type { Clock } from '../../lib/clock';
import type { SafeStorage } from '../../lib/storage';
import { elapsedBetween, toMs, type Timestamp } from '../../lib/units';
import type { Cue } from './engine/cues';
import * as engine from './engine/session';
import {
  parseStoredSession,
  SESSION_STORAGE_KEY,
  SESSION_STORAGE_VERSION,
  type StoredSessionRecord,
} from './storedSession';

/** A saved session older than this is offered, not forced. */
export const STALE_AFTER_MS = 3 * 60 * 60 * 1000;
/** How often a running session records that it was seen, for the staleness check. */
const SEEN_EVERY_MS = 5000;
/** Cues older than this when noticed (the page was hidden) are not given: no backlog. */
const FRESH_CUE_MS = 2500;

export type Discomfort = 'sharp-pain' | 'spreading-pain' | 'numbness' | 'too-much-pressure' | 'want-to-stop';

export interface StartOptions {
  /** An acute flare-up: lighter pressure and each step at its shortest (PRODUCT.md safety). */
  gentle?: boolean;
}

export interface SessionActions {
  startSession(routine: Routine, options?: StartOptions): void;
  tick(): void;
  pause(): void;
  resume(): void;
  nextStep(): void;
  previousStep(): void;
  addThirtySeconds(): void;
  /** The Stop button: pauses at once and asks what happened. */
  requestStop(): void;
  /** "Keep going" in the stop dialog. */
  cancelStop(): void;
  /** Escape in the stop dialog: closes it, the session stays paused. */
  dismissStop(): void;
  reportDiscomfort(kind: Discomfort): void;
  /** Picks up a stale session where it was last seen, paused. */
  pickUpStale(): void;
  /** Ends a self-massage that has reached today's cap. */
  endForDailyCap(): void;
  discardSession(): void;
  dismissNotice(): void;
}

export interface SessionStoreState {
  record: StoredSessionRecord | null;
  now: Timestamp;
  stale: boolean;
  stopDialogOpen: boolean;
  notice: string | null;
  actions: SessionActions;
}

export type CueListener = (cues: Cue[], record: StoredSessionRecord) => void;

export interface SessionStore extends StoreApi<SessionStoreState> {
  onCues(listener: CueListener): () => void;
  clock: Clock;
}

interface Options {
  clock: Clock;
  storage: SafeStorage;
}

type Persisted = { record: StoredSessionRecord | null };

const NOTICE_UNREADABLE =
  'Your saved session could not be read, so it was set aside. Start again from any routine.';
const NOTICE_UNSAVED =
  'This device would not save your progress. The session still runs, but a reload will lose it.';

export function planFromRoutine(routine: Routine, { gentle = false }: StartOptions = {}): engine.PlanStep[] {
  return routine.steps.map((step) => ({
    durationMs: toMs(gentle ? step.duration.min : step.duration.default),
    side: step.side,
    checkIn: Boolean(step.checkIn),
  }));
}

/**
 * Only cues that are current reach the listeners: the end if the session ended; otherwise the fresh cues
 * of the step now showing, or after a hidden gap just that step's start, never a backlog.
 */
export function currentCues(cues: Cue[], now: Timestamp, state: engine.SessionState): Cue[] {
  const finished = cues.find((c) => c.kind === 'finished');
  if (finished) return [finished];
  const ofStep = cues.filter((c) => c.stepIndex === state.stepIndex);
  const fresh = ofStep.filter((c) => elapsedBetween(c.at, now) <= FRESH_CUE_MS);
  if (fresh.length > 0) return fresh;
  const stepStart = ofStep.findLast((c) => c.kind === 'step-start');
  return stepStart ? [stepStart] : [];
}

function validatingStorage(
  storage: SafeStorage,
  report: (notice: string) => void,
): PersistStorage<Persisted> {
  // The store changes `now` four times a second; only a changed record is worth a write.
  let lastWritten: string | null = null;
  return {
    getItem(name) {
      const raw = storage.read(name);
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw) as StorageValue<unknown>;
        if (typeof value !== 'object' || value === null || typeof value.version !== 'number')
          throw new Error();
        return value as StorageValue<Persisted>;
      } catch {
        storage.keepAside(name, raw);
        report(NOTICE_UNREADABLE);
        return null;
      }
    },
    setItem(name, value) {
      const text = JSON.stringify(value);
      if (text === lastWritten) return;
      if (storage.write(name, text)) lastWritten = text;
      else report(NOTICE_UNSAVED);
    },
    removeItem: (name) => storage.remove(name),
  };
}

export function createSessionStore({ clock, storage }: Options): SessionStore {
  const listeners = new Set<CueListener>();
  // Problems found while the store is being created are held until it exists.
  const created: { store?: StoreApi<SessionStoreState>; pendingNotice?: string } = {};
  const report = (notice: string) => {
    const { store } = created;
    if (store) {
      if (store.getState().notice !== notice) store.setState({ notice });
    } else created.pendingNotice = notice;
  };

  const store = createStore<SessionStoreState>()(
    persist(
      (set, get) => {
        /** Applies a transition at `now`, then brings the session up to date and hands on its cues. */
        const dispatch = (transition: (s: engine.SessionState, now: Timestamp) => engine.SessionState) => {
          const { record } = get();
          if (!record) return;
          const now = clock.now();
          const changed = transition(record.engine, now);
          const { state, cues } = engine.advance(changed, now);
          const finishedByHand = record.engine.status !== 'finished' && state.status === 'finished';
          if (finishedByHand && !cues.some((c) => c.kind === 'finished')) {
            cues.push({ kind: 'finished', stepIndex: state.stepIndex, at: now });
          }
          const seenDue = state.status === 'running' && now - record.seenAt >= SEEN_EVERY_MS;
          if (state === record.engine && !seenDue) {
            set({ now });
            return;
          }
          const next: StoredSessionRecord = { ...record, engine: state, seenAt: now };
          set({ record: next, now });
          const given = currentCues(cues, now, state);
          if (given.length > 0) listeners.forEach((listener) => listener(given, next));
        };

        const actions: SessionActions = {
          startSession(routine, options = {}) {
            const now = clock.now();
            const fresh = engine.createSession(planFromRoutine(routine, options), now);
            const session = engine.start(options.gentle ? engine.easePressure(fresh) : fresh, now);
            const record: StoredSessionRecord = {
              routineId: routine.id,
              stepIds: routine.steps.map((s) => s.id),
              engine: session,
              seenAt: now,
            };
            set({ record, now, stale: false, stopDialogOpen: false });
            dispatch((s) => s);
          },
          tick() {
            // A stale session waits for the person to pick it up; ticking would run it to the end.
            if (!get().stale) dispatch((s) => s);
          },
          pause: () => dispatch(engine.pause),
          resume: () => dispatch(engine.resume),
          nextStep: () => dispatch(engine.next),
          previousStep: () => dispatch(engine.previous),
          addThirtySeconds: () => dispatch((s, now) => engine.addTime(s, now)),
          requestStop() {
            dispatch(engine.pause);
            set({ stopDialogOpen: true });
          },
          cancelStop() {
            set({ stopDialogOpen: false });
            dispatch(engine.resume);
          },
          dismissStop: () => set({ stopDialogOpen: false }),
          reportDiscomfort(kind) {
            set({ stopDialogOpen: false });
            if (kind === 'too-much-pressure') {
              dispatch((s, now) => engine.resume(engine.easePressure(s), now));
            } else {
              dispatch((s, now) => engine.stop(s, now, kind === 'want-to-stop' ? 'user' : kind));
            }
          },
          endForDailyCap() {
            // Stopped first: listeners that see this change see a session that has already ended.
            dispatch((s, now) => engine.stop(s, now, 'daily-cap'));
            set({ stopDialogOpen: false });
          },
          pickUpStale() {
            const { record } = get();
            if (!record) return;
            // Freeze the session where it was last seen; the person resumes when ready.
            const engineState = engine.pause(record.engine, record.seenAt);
            set({ record: { ...record, engine: engineState, seenAt: clock.now() }, stale: false });
          },
          discardSession: () => set({ record: null, stale: false, stopDialogOpen: false }),
          dismissNotice: () => set({ notice: null }),
        };

        return { record: null, now: clock.now(), stale: false, stopDialogOpen: false, notice: null, actions };
      },
      {
        name: SESSION_STORAGE_KEY,
        version: SESSION_STORAGE_VERSION,
        storage: validatingStorage(storage, report),
        partialize: (state) => ({ record: state.record }),
        // No older versions exist yet; an unknown one is set aside rather than guessed at.
        migrate(persisted) {
          storage.keepAside(SESSION_STORAGE_KEY, JSON.stringify(persisted));
          report(NOTICE_UNREADABLE);
          return { record: null };
        },
        merge(persisted, current) {
          const raw = (persisted as Partial<Persisted> | undefined)?.record;
          if (raw === undefined || raw === null) return current;
          const record = parseStoredSession(raw);
          if (!record) {
            storage.keepAside(SESSION_STORAGE_KEY, JSON.stringify({ state: persisted }));
            report(NOTICE_UNREADABLE);
            return current;
          }
          const now = clock.now();
          const live = record.engine.status === 'running' || record.engine.status === 'paused';
          return {
            ...current,
            record,
            now,
            stale: live && elapsedBetween(record.seenAt, now) > STALE_AFTER_MS,
          };
        },
      },
    ),
  );
  created.store = store;
  if (created.pendingNotice) store.setState({ notice: created.pendingNotice });

  return Object.assign(store, {
    clock,
    onCues(listener: CueListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
}
