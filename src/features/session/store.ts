/**
 * The session store: wraps the pure engine with an injected clock, saves the session as it runs and
 * hands cues to whoever listens (speech, chimes, vibration). It owns no interval: see ticker.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { Routine } from '../../content/schema';
import type { Cue } from '../../engine/cues';
import { planRoutine, type PlanOptions } from '../../engine/plan';
import * as engine from '../../engine/session';
import type { Clock } from '../../lib/clock';
import { elapsedBetween, type Ms, type Timestamp } from '../../lib/units';
import { canAddTime, reachedCap } from '../../engine/dailyCap';
import { persistRecord } from '../../storage/persist';
import {
  MAX_RECEIVER_TAPS,
  sessionRecord,
  type ReceiverAsk,
  type SessionRecordState,
  type StoredSessionRecord,
} from '../../storage/records/session';
import { answerPressure, SAID } from './receiver';
import type { SafeStorage } from '../../storage/safeStorage';

export type { StoredSessionRecord };

/**
 * A running session found on load after this long with no page alive was interrupted (a closed tab, a
 * killed page): nobody was guided meanwhile, so it is shown paused where it was and offered, not run on.
 * A reload within it carries on seamlessly.
 */
export const INTERRUPTED_AFTER_MS = 60 * 1000;
/** How often a running session records that it was seen, for the staleness check. */
const SEEN_EVERY_MS = 5000;
/** Cues older than this when noticed (the page was hidden) are not given: no backlog. */
const FRESH_CUE_MS = 2500;

/** What the Stop dialog's answers mean: a stop sign (a stop reason), or one of the two that are not. */
export type Discomfort =
  Exclude<engine.StopReason, 'user' | 'daily-cap'> | 'too-much-pressure' | 'want-to-stop';

/** How the plan shapes the session (a flare-up, a target length), and today's cap for self-massage. */
export interface StartOptions extends PlanOptions {
  /** What is left of today's self-massage cap: the session ends there, whatever is still planned. */
  capMs?: Ms | null;
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
  /**
   * A tap on the receiver's panel: lighter, just right or firmer for this step (within what the step
   * allows), pause, resume or stop. Logged with the session; the giver is told (`onReceiver`).
   * Returns what the giver is told, or null when there is no session to ask.
   */
  receiverAsks(ask: ReceiverAsk): string | null;
  /** Picks up an interrupted session where it was last seen, paused. */
  pickUpStale(): void;
  /** Starts an interrupted session's routine again from its first step, with the same plan. */
  restartStale(): void;
  /** Ends an interrupted session as it was when last seen: the time worked counts up to then. */
  endStale(): void;
  discardSession(): void;
}

export interface SessionStoreState {
  record: StoredSessionRecord | null;
  now: Timestamp;
  /** An interrupted session waiting for the person to choose; it neither runs nor speaks. */
  stale: boolean;
  stopDialogOpen: boolean;
  actions: SessionActions;
}

export type CueListener = (cues: Cue[], record: StoredSessionRecord) => void;
/** Hears each receiver's tap with what the giver should be told. */
export type ReceiverListener = (ask: ReceiverAsk, said: string) => void;

export interface SessionStore extends StoreApi<SessionStoreState> {
  onCues(listener: CueListener): () => void;
  onReceiver(listener: ReceiverListener): () => void;
  clock: Clock;
}

interface Options {
  clock: Clock;
  storage: SafeStorage;
  /**
   * Whether a running session found on load may carry on by itself: only where the player shows it.
   * Reopened on another page, it waits to be picked up and says nothing.
   */
  resumesHere?: () => boolean;
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

export function createSessionStore({ clock, storage, resumesHere = () => true }: Options): SessionStore {
  const listeners = new Set<CueListener>();
  const receiverListeners = new Set<ReceiverListener>();

  const store = createStore<SessionStoreState>()(
    persist(
      (set, get) => {
        /** Applies a transition at `now`, then brings the session up to date and hands on its cues. */
        const dispatch = (transition: (s: engine.SessionState, now: Timestamp) => engine.SessionState) => {
          const { record } = get();
          if (!record) return;
          const now = clock.now();
          const changed = transition(record.engine, now);
          let { state, cues } = engine.advance(changed, now);
          // Today's cap ends a self-massage where it falls, and the end is all that is said.
          if (reachedCap(state, record.capMs, now)) {
            state = engine.stop(state, now, 'daily-cap');
            cues = [{ kind: 'finished', stepIndex: state.stepIndex, at: now }];
          }
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
            const fresh = engine.createSession(planRoutine(routine, options).steps, now);
            const session = engine.start(options.gentle ? engine.easePressure(fresh) : fresh, now);
            // The session keeps its own copy: an edited or deleted routine cannot break it mid-way.
            const capMs = options.capMs ?? null;
            const flareUp = options.gentle ?? false;
            const record: StoredSessionRecord = {
              routine,
              engine: session,
              seenAt: now,
              capMs,
              flareUp,
              receiverTaps: [],
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
          addThirtySeconds() {
            const { record } = get();
            if (record && !canAddTime(record.engine, record.capMs, clock.now())) return;
            dispatch((s, now) => engine.addTime(s, now));
          },
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
          receiverAsks(ask) {
            // Up to date first, so the tap lands on the step that is showing.
            actions.tick();
            const before = get().record;
            const status = before?.engine.status;
            if (!before || (status !== 'running' && status !== 'paused')) return null;
            const { stepIndex, easedBy, stepNudge } = before.engine;
            const step = before.routine.steps[stepIndex];
            if (!step) return null;
            let said: string;
            if (ask === 'pause' || ask === 'resume' || ask === 'stop') {
              said = SAID[ask];
              if (ask === 'pause') actions.pause();
              else if (ask === 'resume') actions.resume();
              else actions.requestStop();
            } else {
              const answer = answerPressure(ask, step.pressure, easedBy, stepNudge);
              said = answer.said;
              if (answer.nudge !== stepNudge) dispatch((s, now) => engine.nudgeStep(s, now, answer.nudge));
            }
            const after = get().record;
            if (after) {
              const tap = { ask, stepIndex, at: clock.now() };
              const receiverTaps = [...after.receiverTaps, tap].slice(-MAX_RECEIVER_TAPS);
              set({ record: { ...after, receiverTaps } });
            }
            receiverListeners.forEach((listener) => listener(ask, said));
            return said;
          },
          pickUpStale() {
            const { record } = get();
            if (!record) return;
            // Freeze the session where it was last seen; the person resumes when ready.
            const engineState = engine.pause(record.engine, record.seenAt);
            set({ record: { ...record, engine: engineState, seenAt: clock.now() }, stale: false });
          },
          restartStale() {
            const { record } = get();
            if (!record) return;
            const now = clock.now();
            const fresh = engine.createSession(record.engine.steps, now);
            const session = engine.start({ ...fresh, easedBy: record.engine.easedBy }, now);
            set({ record: { ...record, engine: session, seenAt: now }, stale: false, stopDialogOpen: false });
            dispatch((s) => s);
          },
          endStale() {
            const { record } = get();
            if (!record) return;
            const ended = engine.stop(record.engine, record.seenAt, 'user');
            set({ record: { ...record, engine: ended }, stale: false, stopDialogOpen: false });
          },
          discardSession: () => set({ record: null, stale: false, stopDialogOpen: false }),
        };

        return { record: null, now: clock.now(), stale: false, stopDialogOpen: false, actions };
      },
      persistRecord<SessionStoreState, SessionRecordState>(
        sessionRecord,
        storage,
        (state) => ({ record: state.record }),
        ({ record }, current) => {
          if (!record) return current;
          const now = clock.now();
          const gap = elapsedBetween(record.seenAt, now);
          const running = record.engine.status === 'running';
          return {
            ...current,
            record,
            now,
            stale: running && (gap > INTERRUPTED_AFTER_MS || !resumesHere()),
          };
        },
      ),
    ),
  );

  return Object.assign(store, {
    clock,
    onCues(listener: CueListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReceiver(listener: ReceiverListener) {
      receiverListeners.add(listener);
      return () => receiverListeners.delete(listener);
    },
  });
}
