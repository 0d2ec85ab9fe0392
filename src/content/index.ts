/** The app's content library: checked against the schema at build time (scripts/contentPlugin.ts). */
import library from 'virtual:unknot-content';

export { library };

export function findRoutine(id: string) {
  return library.routines.find((r) => r.id === id);
}

export function findTechnique(id: string) {
  return library.techniques.find((t) => t.id === id);
}
