/** Reads every JSON file under `content/` from disk, for the build check and the content script. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFiles, ContentProblem } from '../src/content/library.ts';

export function readContentDir(root: string): { files: ContentFiles; problems: ContentProblem[] } {
  const files: ContentFiles = {};
  const problems: ContentProblem[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) {
        const file = relative(root, full).split('\\').join('/');
        try {
          files[file] = JSON.parse(readFileSync(full, 'utf8'));
        } catch (error) {
          problems.push({ file, path: '', message: `not valid JSON: ${(error as Error).message}` });
        }
      }
    }
  };
  walk(join(root, 'content'));
  return { files, problems };
}
