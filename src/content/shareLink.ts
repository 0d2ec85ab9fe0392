/**
 * A routine carried in a link, with no server: `/shared#r=<payload>`. What follows `#` never leaves the
 * device that opens it. The payload holds only a RoutineSpec (a name, who it is for, and references to
 * the library's own steps with a time, pressure and side each), never any text to follow: a link can
 * name steps, not write them, and what it names is then judged by the same rules as shipped content.
 *
 * Format 1: `1.` + base64url (no padding) of the UTF-8 JSON array
 *   [name, whoIndex, [routineId, …], [[routineIndex, stepId, seconds, pressureIndex, sideIndex], …]]
 * Each routine id is written once and its steps point at it by index, which keeps a ten-step routine
 * well under 600 characters, small enough for a QR code a tablet can read off a phone. The index lists
 * below are part of format 1: never reorder them; a change of shape is format 2, beside this one.
 */
import { paths } from '../lib/paths.ts';
import type { Pressure, Side, Who } from './schema.ts';
import { RoutineSpec, type StepRef } from './compose.ts';

export const SHARE_VERSION = 1;
/** Far above what format 1 makes for 40 steps with long ids; anything longer is not read at all. */
export const SHARE_MAX_CHARS = 4000;

const WHO_V1: readonly Who[] = ['partner', 'self'];
const PRESSURE_V1: readonly Pressure[] = ['light', 'medium', 'firm'];
const SIDE_V1: readonly Side[] = ['both', 'left', 'right', 'each'];

/**
 * Why a link could not be read: nothing in it, longer than any routine, made by a format this version
 * does not know, bytes that are not base64url, UTF-8 or JSON, or JSON that does not describe a routine.
 */
export type ShareProblem = 'missing' | 'too-long' | 'version' | 'damaged' | 'not-a-routine';

export type Decoded = { ok: true; spec: RoutineSpec } | { ok: false; reason: ShareProblem };

type StepTuple = [number, string, number, number, number];
type Payload = [string, number, string[], StepTuple[]];

export function encodeShare(spec: RoutineSpec): string {
  const routines = [...new Set(spec.steps.map((s) => s.routine))];
  const payload: Payload = [
    spec.name,
    WHO_V1.indexOf(spec.who),
    routines,
    spec.steps.map((s) => [
      routines.indexOf(s.routine),
      s.step,
      s.seconds,
      PRESSURE_V1.indexOf(s.pressure),
      SIDE_V1.indexOf(s.side),
    ]),
  ];
  return `${SHARE_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`;
}

/** Reads a payload from anywhere (a link someone typed, a truncated QR scan): never throws. */
export function decodeShare(payload: unknown): Decoded {
  if (typeof payload !== 'string' || payload === '') return fail('missing');
  if (payload.length > SHARE_MAX_CHARS) return fail('too-long');
  const dot = payload.indexOf('.');
  const version = dot === -1 ? '' : payload.slice(0, dot);
  if (!/^\d{1,6}$/.test(version)) return fail('damaged');
  if (Number(version) !== SHARE_VERSION) return fail('version');
  const bytes = fromBase64Url(payload.slice(dot + 1));
  if (!bytes) return fail('damaged');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('damaged');
  }
  const spec = specOf(json);
  if (!spec) return fail('not-a-routine');
  const parsed = RoutineSpec.safeParse(spec);
  return parsed.success ? { ok: true, spec: parsed.data } : fail('not-a-routine');
}

/** `#r=<payload>`: where a shared routine rides on an address. */
export const shareHash = (spec: RoutineSpec): string => `#r=${encodeShare(spec)}`;

/** The whole link: `https://…/shared#r=<payload>`. */
export const shareUrl = (origin: string, spec: RoutineSpec): string =>
  `${origin}${paths.shared}${shareHash(spec)}`;

/** The payload in an address's hash (`#r=…`), or '' when there is none. */
export function payloadOfHash(hash: string): string {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith('r='));
  if (part === undefined) return '';
  const raw = part.slice(2).trim();
  try {
    // Some apps escape what they pass on; base64url itself never needs it.
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const fail = (reason: ShareProblem): Decoded => ({ ok: false, reason });

/** The spec a format-1 array describes, or null for any other shape; the schema then checks the values. */
function specOf(json: unknown): RoutineSpec | null {
  if (!Array.isArray(json) || json.length !== 4) return null;
  const [name, who, routines, steps] = json as unknown[];
  if (typeof name !== 'string' || !Array.isArray(routines) || !Array.isArray(steps)) return null;
  if (!routines.every((r) => typeof r === 'string')) return null;
  const whoValue = at(WHO_V1, who);
  if (!whoValue) return null;
  const refs: StepRef[] = [];
  for (const step of steps) {
    if (!Array.isArray(step) || step.length !== 5) return null;
    const [routineIndex, id, seconds, pressure, side] = step as unknown[];
    const routine = at(routines as string[], routineIndex);
    const pressureValue = at(PRESSURE_V1, pressure);
    const sideValue = at(SIDE_V1, side);
    if (!routine || typeof id !== 'string' || typeof seconds !== 'number') return null;
    if (!pressureValue || !sideValue) return null;
    refs.push({ routine, step: id, seconds, pressure: pressureValue, side: sideValue });
  }
  return { name, who: whoValue, steps: refs };
}

const at = <T>(list: readonly T[], index: unknown): T | undefined =>
  typeof index === 'number' && Number.isInteger(index) && index >= 0 ? list[index] : undefined;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
