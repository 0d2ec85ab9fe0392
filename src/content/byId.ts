/**
 * One routine or technique by id, each in a module of its own, and the small indexes a page needs
 * about the others (names, which routines use a technique): a routine's or technique's page loads
 * only what it shows, not the whole library.
 */
import routineLoaders from 'virtual:unknot-content/routine-loaders';
import techniqueLoaders from 'virtual:unknot-content/technique-loaders';
import techniqueNames from 'virtual:unknot-content/technique-names';
import usedIn from 'virtual:unknot-content/used-in';
import type { Routine, Technique } from './schema';

export interface TechniqueName {
  name: string;
  variantOf?: string;
}

export interface RoutineLink {
  id: string;
  title: string;
}

const own = <T>(table: Record<string, T>, id: string): T | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

export async function loadReadyRoutine(id: string): Promise<Routine | undefined> {
  return (await own(routineLoaders, id)?.())?.default;
}

export async function loadTechnique(id: string): Promise<Technique | undefined> {
  return (await own(techniqueLoaders, id)?.())?.default;
}

/** A technique's name (and what it is a kind of) without its page's text. */
export const techniqueName = (id: string): TechniqueName | undefined => own(techniqueNames, id);

/** Every technique's id and name, in library order. */
export const techniqueNameList = (): (TechniqueName & { id: string })[] =>
  Object.entries(techniqueNames).map(([id, entry]) => ({ id, ...entry }));

/** The ready routines with a step of this technique, in library order. */
export const routinesUsing = (techniqueId: string): RoutineLink[] => own(usedIn, techniqueId) ?? [];
