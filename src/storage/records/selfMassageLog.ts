/**
 * Minutes of self-massage per day, for the hard daily cap (seed 000).
 *
 * v0 a bare array [{day, ms}] — before records had an envelope (read through `legacy`).
 * v1 {days: [{day, ms}]}.
 */
import { z } from 'zod/mini';
import { SELF_MASSAGE_LOG_KEY } from '../keys';
import { defineRecord, parseWith } from '../record';

const Day = z.object({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  // Over a day in one day is a tampered entry, not a long session.
  ms: z.number().check(z.gte(0), z.lte(24 * 3_600_000)),
});
const State = z.object({ days: z.array(Day) });
export type SelfMassageDays = z.infer<typeof State>;

export const selfMassageLogRecord = defineRecord<SelfMassageDays>({
  key: SELF_MASSAGE_LOG_KEY,
  version: 1,
  label: 'self-massage minutes',
  unsavedMessage:
    'This device would not save your self-massage minutes, so today’s 15-minute cap can’t be remembered after a reload. This tab keeps count until then.',
  parse: parseWith(State),
  legacy: (value) => (Array.isArray(value) ? { state: value, version: 0 } : null),
  migrations: {
    0: (days) => ({ days }),
  },
});
