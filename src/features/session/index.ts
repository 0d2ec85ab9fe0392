/** What other features may use of the session: the store's shape, and today's self-massage so far. */
export type { SessionStore, SessionStoreState, StoredSessionRecord } from './store';
export { DailyCapNote } from './components/DailyCapNote';
