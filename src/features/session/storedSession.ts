/**
 * The saved session, checked when read back. A record that fails is kept aside, not trusted.
 */
// zod's tree-shakable build: the phone downloads only the checks used here.
import { z } from 'zod/mini';
import type { SessionState } from '../../engine/session';
import type { Timestamp } from '../../lib/units';

export const SESSION_STORAGE_KEY = 'unknot:session';
export const SESSION_STORAGE_VERSION = 1;

const time = z.number().check(z.nonnegative());
const duration = z.int().check(z.nonnegative(), z.maximum(3_600_000));
const cueKind = z.enum(['step-start', 'check-in', 'halfway', 'switch-sides', 'ten-seconds', 'finished']);

const EngineState = z
  .object({
    status: z.enum(['ready', 'running', 'paused', 'finished', 'stopped']),
    steps: z
      .array(
        z.object({
          durationMs: duration.check(z.positive()),
          side: z.enum(['both', 'left', 'right', 'each']),
          checkIn: z.boolean(),
        }),
      )
      .check(z.minLength(1)),
    stepIndex: z.int().check(z.nonnegative()),
    stepStartedAt: time,
    stepExtraMs: duration,
    pausedAt: z.nullable(time),
    getReadyUntil: z.nullable(time),
    startedAt: z.nullable(time),
    endedAt: z.nullable(time),
    stopReason: z.nullable(z.enum(['user', 'sharp-pain', 'spreading-pain', 'numbness', 'daily-cap'])),
    firedCues: z.array(cueKind),
    lighter: z.boolean(),
    workedMs: z.optional(z.number().check(z.nonnegative())),
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

export const StoredSession = z.object({
  routineId: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Which step ids the plan was made from, so a changed routine is noticed on resume. */
  stepIds: z.array(z.string()).check(z.minLength(1)),
  engine: EngineState,
  /** Last time the app was seen running this session: a long gap means "offer, don't force". */
  seenAt: time,
});

export interface StoredSessionRecord {
  routineId: string;
  stepIds: string[];
  engine: SessionState;
  seenAt: Timestamp;
}

export function parseStoredSession(value: unknown): StoredSessionRecord | null {
  const result = StoredSession.safeParse(value);
  if (!result.success || result.data.stepIds.length !== result.data.engine.steps.length) return null;
  // The schema checks every field the engine reads; the brands are compile-time only.
  const record = result.data as unknown as StoredSessionRecord;
  return {
    ...record,
    engine: { ...record.engine, workedMs: record.engine.workedMs ?? 0 },
  } as StoredSessionRecord;
}
