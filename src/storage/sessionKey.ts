/**
 * Where the running session is kept, apart from its record (records/session.ts), so any page can ask
 * whether there is one without loading the session's schema, migrations and engine.
 */
import { safeStorage } from './safeStorage';

export const SESSION_KEY = 'unknot:session';

/** Whether a session may be waiting: something is stored under its key (its record decides what). */
export const hasStoredSession = (): boolean => safeStorage().read(SESSION_KEY) !== null;
