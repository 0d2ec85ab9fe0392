/**
 * "Export my data" and "Import data": one JSON file of everything the person keeps (each record in the
 * registry that has a `backup` rule: own routines, history, settings; never the running session or an
 * unsaved draft), and an import that checks the whole file before it writes anything, then joins each
 * record to what is here by that record's own rule, so nothing here is lost or doubled.
 *
 * File v1: {app: "unknot", kind: "backup", version: 1, exportedAt, records: {[key]: {state, version}}},
 * each record in its own stored envelope, so a record's migrations bring an older one forward.
 */
import { dayOf } from '../lib/days';
import { setAside } from './openRecord';
import {
  migrate,
  readEnvelope,
  readRecord,
  writeEnvelope,
  type BackupRule,
  type Envelope,
  type RecordDef,
} from './record';
import { RECORDS } from './registry';
import type { SafeStorage } from './safeStorage';

export const BACKUP_VERSION = 1;
/** Far above any backup this app writes (a full history is well under 1 MB). */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export interface Backup {
  app: 'unknot';
  kind: 'backup';
  version: number;
  exportedAt: string;
  records: Record<string, Envelope>;
}

/** A file that passed every check: each record's value, upgraded to its current version. */
export interface CheckedBackup {
  ok: true;
  records: Record<string, unknown>;
}
export type ParsedBackup = CheckedBackup | { ok: false; reason: string };

/** What an import did to one record, in that record's units. */
export interface ImportedRecord {
  key: string;
  label: string;
  added: number;
  skipped: number;
  /** What the numbers count ("routine", "routines"); absent when the record is one whole thing. */
  counts?: readonly [one: string, many: string];
}
export type ImportResult = { ok: true; records: ImportedRecord[] } | { ok: false; reason: string };

export const REASONS = {
  tooBig: 'This file is too big to be an Unknot backup (a backup is well under 5 MB).',
  unreadable:
    'This file can’t be read as a backup: it may be another kind of file, or cut short. Choose the file “Export my data” saved; its name starts with “unknot-backup”.',
  notBackup:
    'This file isn’t an Unknot backup. Choose the file “Export my data” saved; its name starts with “unknot-backup”.',
  newer:
    'This backup was made by a newer version of Unknot. Reload this page to update the app, then try again.',
  damaged: (label: string) =>
    `This backup’s ${label} can’t be read: the file was changed or damaged after it was saved.`,
  noRoom:
    'This device has no room to save the imported data. Free some space (or delete old sessions), then try again.',
} as const;

/** The records that travel in a backup, each with its rule. */
const backedUp = (): { def: RecordDef<unknown>; rule: BackupRule<unknown> }[] =>
  RECORDS.flatMap((def) => (def.backup ? [{ def, rule: def.backup }] : []));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Everything the person keeps, as a backup file's contents. An unreadable record is left out. */
export function exportData(storage: SafeStorage, now: number): Backup {
  const records: Record<string, Envelope> = {};
  for (const { def, rule } of backedUp()) {
    const raw = storage.read(def.key);
    const value = raw === null ? null : readRecord(def, raw);
    if (value === null) continue;
    records[def.key] = { state: rule.exported ? rule.exported(value) : value, version: def.version };
  }
  return {
    app: 'unknot',
    kind: 'backup',
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    records,
  };
}

/** Checks a whole file: every record it holds must read, upgrade and pass its schema, or none is taken. */
export function parseBackup(text: string): ParsedBackup {
  const refuse = (reason: string): ParsedBackup => ({ ok: false, reason });
  if (text.length > MAX_BACKUP_BYTES || new TextEncoder().encode(text).byteLength > MAX_BACKUP_BYTES)
    return refuse(REASONS.tooBig);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse(REASONS.unreadable);
  }
  if (!isObject(file) || file.app !== 'unknot' || file.kind !== 'backup') return refuse(REASONS.notBackup);
  const { version, records } = file;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return refuse(REASONS.notBackup);
  if (version > BACKUP_VERSION) return refuse(REASONS.newer);
  if (!isObject(records)) return refuse(REASONS.notBackup);

  const checked: Record<string, unknown> = {};
  for (const { def } of backedUp()) {
    if (!Object.hasOwn(records, def.key)) continue;
    const damaged = refuse(REASONS.damaged(def.label));
    try {
      // Through the same reader as stored text, so a record's older formats and migrations apply.
      const envelope = readEnvelope(def, JSON.stringify(records[def.key]));
      if (!envelope) return damaged;
      if (envelope.version > def.version) return refuse(REASONS.newer);
      const state = migrate(def, envelope.state, envelope.version);
      const value = state === null ? null : def.parse(state);
      if (value === null) return damaged;
      checked[def.key] = value;
    } catch {
      return damaged; // Nested too deep to walk, say: not something this app wrote.
    }
  }
  return { ok: true, records: checked };
}

/**
 * Joins a checked file to what is stored, record by record, and writes only what changed. All or
 * nothing: when the device refuses a write, what the earlier writes replaced is put back. A stored record
 * that cannot be read is set aside (kept, as everywhere) before the file's takes its place.
 */
export function importBackup(storage: SafeStorage, backup: CheckedBackup): ImportResult {
  const plans = backedUp()
    .filter(({ def }) => Object.hasOwn(backup.records, def.key))
    .map(({ def, rule }) => {
      const raw = storage.read(def.key);
      const current = raw === null ? null : readRecord(def, raw);
      const merged = rule.merge(current, backup.records[def.key]);
      return { def, rule, raw, unreadable: raw !== null && current === null, merged };
    });

  const written: typeof plans = [];
  const undo = () => {
    for (const { def, raw } of written) {
      if (raw === null) storage.remove(def.key);
      else storage.write(def.key, raw);
    }
  };
  for (const plan of plans) {
    const { def, raw, unreadable, merged } = plan;
    if (merged.added === 0) continue;
    written.push(plan);
    if (unreadable && raw !== null) {
      setAside(def, storage, raw);
      // Not moved (no room for the copy): writing over it would lose it.
      if (storage.read(def.key) !== null) {
        undo();
        return { ok: false, reason: REASONS.noRoom };
      }
    }
    if (!storage.write(def.key, writeEnvelope(def, merged.value))) {
      undo();
      return { ok: false, reason: REASONS.noRoom };
    }
  }
  return {
    ok: true,
    records: plans.map(({ def, rule, merged }) => ({
      key: def.key,
      label: def.label,
      added: merged.added,
      skipped: merged.skipped,
      ...(rule.counts && { counts: rule.counts }),
    })),
  };
}

const counted = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;
const listed = (parts: readonly string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** What an import did, in words: "Added 2 routines and 5 sessions. Skipped 3 sessions already here. …" */
export function describeImport(records: readonly ImportedRecord[]): string {
  if (records.every((r) => r.added === 0 && r.skipped === 0)) return 'This backup holds nothing to add.';
  const sentences: string[] = [];
  const added = records.flatMap((r) => (r.counts && r.added > 0 ? [counted(r.added, r.counts)] : []));
  const skipped = records.flatMap((r) => (r.counts && r.skipped > 0 ? [counted(r.skipped, r.counts)] : []));
  if (records.every((r) => r.added === 0)) sentences.push('Nothing new was added.');
  if (added.length > 0) sentences.push(`Added ${listed(added)}.`);
  if (skipped.length > 0) sentences.push(`Skipped ${listed(skipped)} already here.`);
  for (const r of records.filter((r) => !r.counts)) {
    if (r.added > 0) sentences.push(`Took your ${r.label} from the file.`);
    else if (r.skipped > 0) sentences.push(`Kept the ${r.label} on this device.`);
  }
  return sentences.join(' ');
}

/** What a backup holds, in words: "5 sessions, 2 routines and your settings"; "" when it is empty. */
export function describeBackup(backup: Backup): string {
  const counts: string[] = [];
  const wholes: string[] = [];
  for (const { def, rule } of backedUp()) {
    const envelope = backup.records[def.key];
    if (!envelope) continue;
    // What the file would add to a device with nothing on it.
    const { added } = rule.merge(null, envelope.state);
    if (rule.counts) counts.push(counted(added, rule.counts));
    else if (added > 0) wholes.push(`your ${def.label}`);
  }
  return listed([...counts, ...wholes]);
}

/** The file's name: `unknot-backup-2026-11-25.json`, on the local calendar day. */
export const backupFileName = (now: number) => `unknot-backup-${dayOf(now)}.json`;
