/** What other features may use of the session: the store's shape, for listeners such as hands-free. */
export type { SessionStore, SessionStoreState, StoredSessionRecord } from './store';
