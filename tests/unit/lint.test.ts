/** The one-way imports are enforced: a forbidden import fails lint, an allowed one passes. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it.each([
    [
      'the engine importing React',
      'src/engine/x.ts',
      "import { useState } from 'react';\nexport const a = useState;",
      /no-restricted-imports/,
    ],
    [
      'the engine reading the clock',
      'src/engine/x.ts',
      'export const now = () => Date.now();',
      /take `now` as an argument/,
    ],
    [
      'the engine touching the page',
      'src/engine/x.ts',
      'export const w = () => window.innerWidth;',
      /no-restricted-globals/,
    ],
    [
      'content importing storage',
      'src/content/x.ts',
      "export { sessionRecord } from '../storage/records/session';",
      /content may not import storage/,
    ],
    [
      'lib importing a feature',
      'src/lib/x.ts',
      "export { paths } from '../features/routines/source';",
      /lib may not import features/,
    ],
    [
      'storage importing a feature',
      'src/storage/x.ts',
      "import { Player } from '../features/session/components/Player';\nexport { Player };",
      /storage may not import features/,
    ],
    [
      'a feature reaching into another',
      'src/features/settings/x.ts',
      "export { connectHandsFree } from '../handsfree/connect';",
      /only through its index\.ts/,
    ],
    [
      'a feature importing the app',
      'src/features/routines/x.ts',
      "export { routes } from '../../app/router';",
      /features may not import app/,
    ],
  ])('%s fails', async (_what, file, code, expected) => {
    expect((await problems(file, code)).join('\n')).toMatch(expected);
  });

  it('allowed directions pass', async () => {
    expect(await problems('src/features/session/x.ts', "export { useSetting } from '../settings';")).toEqual(
      [],
    );
    expect(
      await problems('src/features/routines/x.ts', "export { planRoutine } from '../../engine/plan';"),
    ).toEqual([]);
    expect(
      await problems('src/app/x.ts', "export { connectHandsFree } from '../features/handsfree/connect';"),
    ).toEqual([]);
  });
});
