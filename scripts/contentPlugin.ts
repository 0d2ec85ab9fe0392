/**
 * Loads `content/` through the one schema at build time and hands the app the checked library as the
 * virtual modules `virtual:unknot-content/routines`, `/techniques` and `/safety`. A bad file fails the build, the dev server and the tests with
 * the file and field at fault; the app ships data already checked, so no validator runs on the phone.
 */
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { buildLibrary, ContentError } from '../src/content/library.ts';
import { readContentDir } from './readContent.ts';
import { cardOf } from '../src/content/cardOf.ts';

/** One module per part, so a page loads only what it shows (home needs no technique library). */
const PARTS = ['routines', 'techniques', 'safety', 'cards'] as const;
const PREFIX = 'virtual:unknot-content/';

export function contentPlugin(root: string): Plugin {
  return {
    name: 'unknot-content',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const part = id.slice(PREFIX.length + 1) as (typeof PARTS)[number];
      if (!PARTS.includes(part)) this.error(`unknown content module ${id.slice(1)}`);
      const { files, problems } = readContentDir(root);
      for (const file of Object.keys(files)) this.addWatchFile(join(root, file));
      try {
        if (problems.length) throw new ContentError(problems);
        const library = buildLibrary(files);
        const value = part === 'cards' ? library.routines.map(cardOf) : library[part];
        return `export default ${JSON.stringify(value)};`;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
