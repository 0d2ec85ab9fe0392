/** The app's content library, read from `content/` at build time and checked once at start. */
import { buildLibrary, type ContentFiles } from './library';

const raw = import.meta.glob<unknown>('/content/**/*.json', { eager: true, import: 'default' });
const files: ContentFiles = Object.fromEntries(Object.entries(raw).map(([path, value]) => [path.slice(1), value]));

export const library = buildLibrary(files);

export function findRoutine(id: string) {
  return library.routines.find((r) => r.id === id);
}

export function findTechnique(id: string) {
  return library.techniques.find((t) => t.id === id);
}
