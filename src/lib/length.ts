/**
 * "Length" on a routine's page: as written, or fitted to a number of minutes. The choice travels in
 * the address (`?length=10`), so the safety check and a reload see the same one, with or without script.
 */
import { ms, type Ms } from './units';

export const LENGTH_MINUTES = [5, 10, 15, 20] as const;
export type LengthMinutes = (typeof LENGTH_MINUTES)[number];

export const LENGTH_PARAM = 'length';

/** The minutes a `length` value asks for, or null for "As written" (and anything unknown). */
export function parseLength(value: string | null | undefined): LengthMinutes | null {
  return LENGTH_MINUTES.find((m) => String(m) === value) ?? null;
}

export const lengthTargetMs = (minutes: LengthMinutes | null): Ms | null =>
  minutes === null ? null : ms(minutes * 60_000);

/** `?length=10`, or nothing for "As written". */
export const lengthQuery = (minutes: LengthMinutes | null): string =>
  minutes === null ? '' : `?${LENGTH_PARAM}=${minutes}`;
