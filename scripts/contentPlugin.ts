/**
 * Loads `content/` through the one schema at build time and hands the app the checked library as
 * virtual modules: `virtual:unknot-content/routines`, `/techniques` and `/safety` whole; one routine
 * or technique alone (`/routine/<id>`, `/technique/<id>`) with `/routine-loaders` and
 * `/technique-loaders` to reach them by id; and small indexes made from them (`/cards` for home,
 * `/technique-names`, `/used-in`). A bad file fails the build, the dev server and the tests with the
 * file and field at fault; the app ships data already checked, so no validator runs on the phone.
 */
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { buildLibrary, ContentError } from '../src/content/library.ts';
import { readContentDir } from './readContent.ts';
import { cardOf } from '../src/content/cardOf.ts';

const PREFIX = 'virtual:unknot-content/';
/** One module per routine and per technique (`…/routine/<id>`), so its page loads that one alone. */
const ONE = /^(routine|technique)\/([a-z0-9-]+)$/;

type Library = ReturnType<typeof buildLibrary>;

/** A module's value: a part of the library, an index made from it, or one routine or technique. */
function valueOf(part: string, library: Library): { code: string } | { value: unknown } | null {
  const one = ONE.exec(part);
  if (one) {
    const list: { id: string }[] = one[1] === 'routine' ? library.routines : library.techniques;
    const item = list.find((x) => x.id === one[2]);
    return item ? { value: item } : null;
  }
  // One module per part, so a page loads only what it shows (home needs no technique library).
  switch (part) {
    case 'routines':
    case 'techniques':
    case 'safety':
      return { value: library[part as 'routines' | 'techniques' | 'safety'] };
    case 'cards':
      return { value: library.routines.map(cardOf) };
    case 'routine-loaders':
    case 'technique-loaders': {
      const kind = part === 'routine-loaders' ? 'routine' : 'technique';
      const ids = (kind === 'routine' ? library.routines : library.techniques).map((x) => x.id);
      const entries = ids.map(
        (id) => `${JSON.stringify(id)}: () => import(${JSON.stringify(`${PREFIX}${kind}/${id}`)})`,
      );
      return { code: `export default {${entries.join(',')}};` };
    }
    case 'technique-names':
      return {
        value: Object.fromEntries(
          library.techniques.map((t) => [
            t.id,
            { name: t.name, ...(t.variantOf && { variantOf: t.variantOf }) },
          ]),
        ),
      };
    case 'used-in':
      return {
        value: Object.fromEntries(
          library.techniques.map((t) => [
            t.id,
            library.routines
              .filter((r) => r.steps.some((s) => s.technique === t.id))
              .map((r) => ({ id: r.id, title: r.title })),
          ]),
        ),
      };
    default:
      return null;
  }
}

/** Dozens of modules come from the same files: check them once per change, not once per module. */
let cached: { key: string; library: Library } | undefined;
function libraryOf(files: Parameters<typeof buildLibrary>[0]): Library {
  const key = JSON.stringify(files);
  if (cached?.key !== key) cached = { key, library: buildLibrary(files) };
  return cached.library;
}

export function contentPlugin(root: string): Plugin {
  return {
    name: 'unknot-content',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const part = id.slice(PREFIX.length + 1);
      const { files, problems } = readContentDir(root);
      for (const file of Object.keys(files)) this.addWatchFile(join(root, file));
      try {
        if (problems.length) throw new ContentError(problems);
        const made = valueOf(part, libraryOf(files));
        if (!made) return this.error(`unknown content module ${id.slice(1)}`);
        return 'code' in made ? made.code : `export default ${JSON.stringify(made.value)};`;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
