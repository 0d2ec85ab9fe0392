/**
 * Branded time units: mixing seconds, milliseconds and clock readings is a type error, not a 1000× bug.
 */
export type Ms = number & { readonly __unit: 'ms' };
export type Seconds = number & { readonly __unit: 's' };
/** A clock reading: milliseconds since the epoch, as `Date.now()` gives. */
export type Timestamp = number & { readonly __unit: 'timestamp' };

export const ms = (n: number) => n as Ms;
export const toMs = (s: Seconds | number) => (s * 1000) as Ms;
export const timestamp = (n: number) => n as Timestamp;

export const elapsedBetween = (from: Timestamp, to: Timestamp) => (to - from) as Ms;
export const later = (t: Timestamp, by: Ms) => (t + by) as Timestamp;

/** 75 000 ms → "1:15"; rounds up so a countdown shows 0:01 until the very end. */
export function formatClock(duration: Ms): string {
  const total = Math.max(0, Math.ceil(duration / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** 1 080 000 ms → "18 min"; under a minute → "under 1 min". */
export function formatMinutes(duration: Ms): string {
  const minutes = Math.round(duration / 60000);
  return minutes < 1 ? 'under 1 min' : `${minutes} min`;
}

/** 450 000 ms → "7 min 30 s": a length said exactly, where "8 min" would be a promise not kept. */
export function formatLength(duration: Ms): string {
  const total = Math.round(duration / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return `${s} s`;
  return s ? `${m} min ${s} s` : `${m} min`;
}
