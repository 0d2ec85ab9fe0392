/** What the app may use of history: its screen. */
export { HistoryScreen } from './HistoryScreen';
