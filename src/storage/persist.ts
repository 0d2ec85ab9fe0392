/**
 * zustand `persist` options for a record: the envelope is read here, zustand calls the record's
 * migrations when the stored version is older (its `migrate` really runs), and `merge` checks the result
 * against the record's schema. Bad data is set aside once and reported; a refused write is reported.
 */
import type { PersistOptions, PersistStorage } from 'zustand/middleware';
import { setAside } from './openRecord';
import { clearUnsaved, reportProblem } from './problems';
import { migrate, readEnvelope, type RecordDef } from './record';
import type { SafeStorage } from './safeStorage';

/** What migrate hands merge when the chain broke: merge sets the original aside. */
const BROKEN = Symbol('broken');

export function persistRecord<S, T>(
  def: RecordDef<T>,
  storage: SafeStorage,
  /** The part of the state that is stored. */
  pick: (state: S) => T,
  /** The stored value, checked, put back into the state. */
  apply: (value: T, current: S) => S,
): PersistOptions<S, T> {
  const anyDef = def as RecordDef<unknown>;
  let lastRaw: string | null = null;
  // The session changes its clock every second; only a changed record is worth a write, and one
  // whose parts are the very same objects as last time is not even worth turning into text.
  let lastWritten: string | null = null;
  let lastState: unknown;

  const persistStorage: PersistStorage<T> = {
    getItem(name) {
      const raw = storage.read(name);
      lastRaw = raw;
      if (raw === null) return null;
      const envelope = readEnvelope(anyDef, raw);
      // A version from the future (a newer app wrote it) cannot be migrated back: set it aside.
      if (envelope && envelope.version <= def.version) return envelope as { state: T; version: number };
      setAside(anyDef, storage, raw);
      return null;
    },
    setItem(name, value) {
      if (lastWritten !== null && sameParts(value.state, lastState)) return;
      const text = JSON.stringify(value);
      if (text === lastWritten) return;
      if (storage.write(name, text)) {
        lastWritten = text;
        lastState = value.state;
        clearUnsaved(name);
      } else reportProblem(name, def.label, 'unsaved', def.unsavedMessage);
    },
    removeItem: (name) => storage.remove(name),
  };

  return {
    name: def.key,
    version: def.version,
    storage: persistStorage,
    partialize: pick,
    migrate: (state, version) => (migrate(anyDef, state, version) ?? BROKEN) as T,
    merge(persisted, current) {
      if (persisted === undefined) return current;
      const value = persisted === BROKEN ? null : def.parse(persisted);
      if (value !== null) return apply(value, current);
      if (lastRaw !== null) setAside(anyDef, storage, lastRaw);
      lastRaw = null;
      return current;
    },
  };
}

/** Two stored states made of the same objects, part for part (what `partialize` picks each time). */
function sameParts(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
