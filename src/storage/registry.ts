/**
 * Every record this app stores, in one list: export and import, and the migration tests, walk it.
 * Screens do not import this (it would pull every schema into the first page); they import their record.
 */
import type { RecordDef } from './record';
import { selfMassageLogRecord } from './records/selfMassageLog';
import { sessionRecord } from './records/session';
import { settingsRecord } from './records/settings';

export const RECORDS: readonly RecordDef<unknown>[] = [
  sessionRecord as RecordDef<unknown>,
  settingsRecord as RecordDef<unknown>,
  selfMassageLogRecord as RecordDef<unknown>,
];
