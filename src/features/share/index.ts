/** What other features may use of sharing: the "Share" button for a routine a person made. */
export { ShareButton } from './ShareButton';
