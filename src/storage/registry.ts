/**
 * Every record this app stores, in one list: export and import, and the migration tests, walk it.
 * The old self-massage log (records/selfMassageLog.ts) is not listed: history takes it in (history.ts).
 * Screens do not import this (it would pull every schema into the first page); they import their record.
 */
import type { RecordDef } from './record';
import { historyRecord } from './records/history';
import { draftRecord, myRoutinesRecord } from './records/myRoutines';
import { sessionRecord } from './records/session';
import { settingsRecord } from './records/settings';

export const RECORDS: readonly RecordDef<unknown>[] = [
  sessionRecord as RecordDef<unknown>,
  settingsRecord as RecordDef<unknown>,
  historyRecord as RecordDef<unknown>,
  myRoutinesRecord as RecordDef<unknown>,
  draftRecord as RecordDef<unknown>,
];
