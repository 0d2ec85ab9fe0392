/** The ready routines' cards, checked and made at build time (scripts/contentPlugin.ts). */
import cards from 'virtual:unknot-content/cards';

export type { RoutineCard } from './cardOf.ts';
export { cards };
