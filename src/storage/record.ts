/**
 * A stored record: its key, its version, the check of its current shape and the chain of migrations
 * that brings any older version up to it, side by side. Every record is kept in one envelope,
 * `{"state": …, "version": n}` (zustand persist's own format), so one reader serves them all.
 */
import type { z } from 'zod/mini';

export interface Envelope {
  state: unknown;
  version: number;
}

export interface RecordDef<T> {
  key: string;
  version: number;
  /** What it is, in the person's words: "settings" ("Your saved settings could not be read"). */
  label: string;
  /** What a refused write means for the person, when it means more than "a reload will lose it". */
  unsavedMessage?: string;
  /** Checks a state of the current version; null when it does not hold. */
  parse(state: unknown): T | null;
  /** `migrations[n]` turns a version-n state into a version-(n+1) one; null when it cannot. */
  migrations: Readonly<Record<number, (state: unknown) => unknown>>;
  /** Reads a value saved before this record had an envelope, as an old version. */
  legacy?: (value: unknown) => Envelope | null;
  /** How the record travels in a backup file (storage/backup.ts); a record without it stays on the device. */
  backup?: BackupRule<T>;
}

/** What an import made of one record: the value to keep and, in the record's own units, what it took in. */
export interface Merged<T> {
  value: T;
  added: number;
  skipped: number;
}

export interface BackupRule<T> {
  /**
   * Joins a backup's copy to what is here (`current` is null when nothing is stored yet), losing nothing
   * that is here and adding nothing twice: importing the same file again adds nothing.
   */
  merge(current: T | null, incoming: T): Merged<T>;
  /** What of the stored value goes into the file; all of it when absent. */
  exported?(value: T): T;
  /** What `added` and `skipped` count ("session", "sessions"); absent when the record is one whole thing. */
  counts?: readonly [one: string, many: string];
}

export const defineRecord = <T>(def: RecordDef<T>): RecordDef<T> => def;

/** A record's `parse` from its schema: the checked value, or null. */
export const parseWith =
  <S extends z.ZodMiniType>(schema: S) =>
  (state: unknown): z.infer<S> | null => {
    const result = schema.safeParse(state);
    return result.success ? result.data : null;
  };

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' &&
  value !== null &&
  'state' in value &&
  Number.isSafeInteger((value as Envelope).version) &&
  (value as Envelope).version >= 0;

/** The envelope in a stored text, or null when the text is not one (nor a known older format). */
export function readEnvelope(def: RecordDef<unknown>, raw: string): Envelope | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (isEnvelope(value)) return value;
  return def.legacy?.(value) ?? null;
}

/** Runs the chain from `version` to the current one. A version from the future cannot be read. */
export function migrate(def: RecordDef<unknown>, state: unknown, version: number): unknown {
  if (version > def.version) return null;
  let current = state;
  for (let v = version; v < def.version; v++) {
    const step = def.migrations[v];
    if (!step || current === null || current === undefined) return null;
    try {
      current = step(current);
    } catch {
      return null;
    }
  }
  return current;
}

/** A stored text read, upgraded and checked: the value, or null when it cannot be trusted. */
export function readRecord<T>(def: RecordDef<T>, raw: string): T | null {
  const envelope = readEnvelope(def as RecordDef<unknown>, raw);
  if (!envelope) return null;
  const state = migrate(def as RecordDef<unknown>, envelope.state, envelope.version);
  return state === null ? null : def.parse(state);
}

export const writeEnvelope = <T>(def: RecordDef<T>, state: T): string =>
  JSON.stringify({ state, version: def.version } satisfies Envelope);
