/**
 * A record read and written directly (not through a zustand store): the one policy for bad data and
 * refused writes. When the device refuses a write, the value is kept in memory for this tab, so what was
 * counted is not forgotten a minute later (the self-massage cap depends on it).
 */
import { reportProblem, clearUnsaved } from './problems';
import { readRecord, writeEnvelope, type RecordDef } from './record';
import type { SafeStorage } from './safeStorage';

export interface OpenRecord<T> {
  get(): T;
  /** False when the device refused the write; the value still holds for this tab. */
  set(value: T): boolean;
}

/** Moves an unreadable stored text aside, once, and tells the person. */
export function setAside(def: RecordDef<unknown>, storage: SafeStorage, raw: string): void {
  storage.keepAside(def.key, raw);
  reportProblem(def.key, def.label, 'unreadable');
}

export function openRecord<T>(def: RecordDef<T>, storage: SafeStorage, empty: () => T): OpenRecord<T> {
  let unsaved: { value: T } | null = null;
  return {
    get() {
      if (unsaved) return unsaved.value;
      const raw = storage.read(def.key);
      if (raw === null) return empty();
      const value = readRecord(def, raw);
      if (value !== null) return value;
      setAside(def as RecordDef<unknown>, storage, raw);
      return empty();
    },
    set(value) {
      if (storage.write(def.key, writeEnvelope(def, value))) {
        unsaved = null;
        clearUnsaved(def.key);
        return true;
      }
      unsaved = { value };
      reportProblem(def.key, def.label, 'unsaved', def.unsavedMessage);
      return false;
    },
  };
}
