/**
 * The running session: a copy of the routine it plays (so resume works after that routine is edited or
 * deleted), the engine's state and when the app last saw it. Schema and migrations side by side.
 *
 * v1 {record: {routineId, stepIds, engine, seenAt} | null} — before routines could be saved or shared.
 * v2 {record: {routine, engine, seenAt, capMs, flareUp} | null} — the routine travels with the session,
 *    and a self-massage carries what was left of today's cap.
 */
import { z } from 'zod/mini';
import { routines } from '../../content';
import { Routine } from '../../content/schema';
import { CUE_KINDS } from '../../engine/cues';
import { countsTowardDailyCap, DAILY_CAP_MS } from '../../engine/plan';
import { SESSION_STATUSES, STOP_REASONS, type SessionState } from '../../engine/session';
import { SIDES } from '../../lib/vocabulary';
import type { Ms, Timestamp } from '../../lib/units';
import { defineRecord, parseWith } from '../record';
import { SESSION_KEY } from '../keys';

const time = z.number().check(z.nonnegative());
const duration = z.int().check(z.nonnegative(), z.maximum(3_600_000));

const EngineState = z
  .object({
    status: z.enum(SESSION_STATUSES),
    steps: z
      .array(
        z.object({ durationMs: duration.check(z.positive()), side: z.enum(SIDES), checkIn: z.boolean() }),
      )
      .check(z.minLength(1)),
    stepIndex: z.int().check(z.nonnegative()),
    stepStartedAt: time,
    stepExtraMs: duration,
    pausedAt: z.nullable(time),
    getReadyUntil: z.nullable(time),
    startedAt: z.nullable(time),
    endedAt: z.nullable(time),
    stopReason: z.nullable(z.enum(STOP_REASONS)),
    firedCues: z.array(z.enum(CUE_KINDS)),
    easedBy: z.int().check(z.gte(0), z.lte(2)),
    workedMs: z._default(z.number().check(z.nonnegative()), 0),
    stepNudge: z._default(z.int().check(z.gte(-2), z.lte(2)), 0),
  })
  .check(
    z.refine((s) => s.stepIndex < s.steps.length, {
      message: 'step index past the last step',
      path: ['stepIndex'],
    }),
    z.refine((s) => s.status !== 'paused' || s.pausedAt !== null, {
      message: 'paused without a time',
      path: ['pausedAt'],
    }),
  );

/** What the receiver asked, step by step; taps past this many are still obeyed, just not kept. */
export const MAX_RECEIVER_TAPS = 500;
export const RECEIVER_ASKS = ['lighter', 'just-right', 'firmer', 'pause', 'resume', 'stop'] as const;
export type ReceiverAsk = (typeof RECEIVER_ASKS)[number];
const ReceiverTapRecord = z.object({
  ask: z.enum(RECEIVER_ASKS),
  stepIndex: z.int().check(z.nonnegative()),
  at: time,
});
export interface ReceiverTap {
  ask: ReceiverAsk;
  stepIndex: number;
  at: Timestamp;
}

const StoredSession = z
  .object({
    routine: Routine,
    engine: EngineState,
    /** Last time the app was seen running this session: a long gap means "offer, don't force". */
    seenAt: time,
    /** For self-massage: what was left of today's cap when the session began; the session ends there. */
    capMs: z._default(z.nullable(z.number().check(z.nonnegative())), null),
    /** Started for a flare-up: lighter and shorter from the first step. */
    flareUp: z._default(z.boolean(), false),
    /** Every tap on the receiver's panel, in order: the history keeps them with the session. */
    receiverTaps: z._default(z.array(ReceiverTapRecord).check(z.maxLength(MAX_RECEIVER_TAPS)), []),
  })
  .check(
    z.refine((s) => s.engine.steps.length === s.routine.steps.length, {
      message: 'the plan does not match the routine',
      path: ['engine', 'steps'],
    }),
  );

export interface StoredSessionRecord {
  routine: Routine;
  engine: SessionState;
  seenAt: Timestamp;
  capMs: Ms | null;
  flareUp: boolean;
  receiverTaps: ReceiverTap[];
}

export interface SessionRecordState {
  record: StoredSessionRecord | null;
}

const State = z.object({ record: z.nullable(StoredSession) });

const V1Record = z.object({
  routineId: z.string(),
  stepIds: z.array(z.string()),
  engine: z.looseObject({ lighter: z.boolean() }),
  seenAt: z.number(),
});

export const sessionRecord = defineRecord<SessionRecordState>({
  key: SESSION_KEY,
  version: 2,
  label: 'session',
  // The schema checks every field the engine reads; the brands are compile-time only.
  parse: (state) => parseWith(State)(state) as SessionRecordState | null,
  migrations: {
    // v1 → v2: the routine is copied in from the app's own content, if it is still the same routine.
    1(state) {
      const { record } = state as { record: unknown };
      if (record === null) return { record: null };
      const old = V1Record.parse(record);
      const routine = routines.find((r) => r.id === old.routineId);
      if (!routine || routine.steps.map((s) => s.id).join() !== old.stepIds.join()) return null;
      // v1 knew one level lighter or none: `lighter: boolean` became `easedBy: 0 | 1 | 2`.
      const { lighter, ...rest } = old.engine;
      const engine = { ...rest, easedBy: lighter ? 1 : 0 };
      const { seenAt } = old;
      // v1 checked the cap from outside; a self-massage carried over keeps at most the whole day's cap.
      const capMs = countsTowardDailyCap(routine) ? DAILY_CAP_MS : null;
      return { record: { routine, engine, seenAt, capMs, flareUp: false, receiverTaps: [] } };
    },
  },
});
