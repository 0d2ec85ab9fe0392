/**
 * The saved session, checked when read back. A record that fails is kept aside, not trusted.
 */
import { z } from 'zod';
import type { SessionState } from './engine/session';
import type { Timestamp } from '../../lib/units';

export const SESSION_STORAGE_KEY = 'unknot:session';
export const SESSION_STORAGE_VERSION = 1;

const time = z.number().finite().nonnegative();
const cueKind = z.enum(['step-start', 'check-in', 'halfway', 'switch-sides', 'ten-seconds', 'finished']);

const EngineState = z
  .object({
    status: z.enum(['ready', 'running', 'paused', 'finished', 'stopped']),
    steps: z
      .array(
        z.object({
          durationMs: z.number().int().positive().max(3_600_000),
          side: z.enum(['both', 'left', 'right', 'each']),
          checkIn: z.boolean(),
        }),
      )
      .min(1),
    stepIndex: z.number().int().nonnegative(),
    stepStartedAt: time,
    stepExtraMs: z.number().int().nonnegative().max(3_600_000),
    pausedAt: time.nullable(),
    getReadyUntil: time.nullable(),
    startedAt: time.nullable(),
    endedAt: time.nullable(),
    stopReason: z.enum(['user', 'sharp-pain', 'spreading-pain', 'numbness']).nullable(),
    firedCues: z.array(cueKind),
    lighter: z.boolean(),
  })
  .refine((s) => s.stepIndex < s.steps.length, {
    message: 'step index past the last step',
    path: ['stepIndex'],
  })
  .refine((s) => s.status !== 'paused' || s.pausedAt !== null, {
    message: 'paused without a time',
    path: ['pausedAt'],
  });

export const StoredSession = z.object({
  routineId: z.string().min(1).max(80),
  /** Which step ids the plan was made from, so a changed routine is noticed on resume. */
  stepIds: z.array(z.string()).min(1),
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
  return result.data as unknown as StoredSessionRecord;
}
