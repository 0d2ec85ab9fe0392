/**
 * Loads `content/` through the one schema at build time and hands the app the checked library as the
 * virtual module `virtual:unknot-content`. A bad file fails the build, the dev server and the tests with
 * the file and field at fault; the app ships data already checked, so no validator runs on the phone.
 */
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { buildLibrary, ContentError } from '../src/content/library.ts';
import { readContentDir } from './readContent.ts';

const ID = 'virtual:unknot-content';
const RESOLVED = `\0${ID}`;

export function contentPlugin(root: string): Plugin {
  return {
    name: 'unknot-content',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { files, problems } = readContentDir(root);
      for (const file of Object.keys(files)) this.addWatchFile(join(root, file));
      try {
        if (problems.length) throw new ContentError(problems);
        return `export default ${JSON.stringify(buildLibrary(files))};`;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
