/** What other features use of routines: the one source, and the list of cards. */
export { findRoutine } from './source';
export { RoutineList } from './RoutineList';
