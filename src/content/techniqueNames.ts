/** Every technique's name (and what it is a kind of), without any technique's text. */
import techniqueNames from 'virtual:unknot-content/technique-names';

export interface TechniqueName {
  name: string;
  variantOf?: string;
}

export const techniqueName = (id: string): TechniqueName | undefined =>
  Object.hasOwn(techniqueNames, id) ? techniqueNames[id] : undefined;

/** Every technique's id and name, in library order. */
export const techniqueNameList = (): (TechniqueName & { id: string })[] =>
  Object.entries(techniqueNames).map(([id, entry]) => ({ id, ...entry }));
