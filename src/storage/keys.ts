/**
 * Where some records are kept, apart from the records themselves (records/*.ts), so any page can ask
 * whether there is anything there without loading the record's schema, migrations and store.
 */
import { safeStorage } from './safeStorage';

export const SESSION_KEY = 'unknot:session';
export const HISTORY_KEY = 'unknot:history';
export const SELF_MASSAGE_LOG_KEY = 'unknot:self-massage-log';

/** Whether anything is stored under `key` (its record decides whether it is any good). */
export const isStored = (key: string): boolean => safeStorage().read(key) !== null;

/** Whether a session may be waiting to be picked up. */
export const hasStoredSession = (): boolean => isStored(SESSION_KEY);
