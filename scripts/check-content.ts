/**
 * `npm run content:check`: validates content/ and prints every problem with its file and field, then
 * reports any run of words a content text shares with a seed article (facts carry over, sentences don't).
 * The seeds are read from `../shared/seeds/`, or from the folder in UNKNOT_SEEDS_DIR.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLibrary, ContentError, formatProblem } from '../src/content/library';
import {
  findSeedOverlaps,
  formatOverlap,
  MIN_SHARED_WORDS,
  textsOf,
  type SeedText,
} from '../src/content/seedOverlap';
import { planTotal } from '../src/engine/plan';
import { readContentDir } from './readContent';

const root = process.cwd();
const { files, problems } = readContentDir(root);
try {
  if (problems.length) throw new ContentError(problems);
  const library = buildLibrary(files);
  console.log(
    `content ok: ${library.routines.length} routines, ${library.techniques.length} techniques, ` +
      `${library.safety.redFlags.length} red flags`,
  );
  for (const r of library.routines) {
    console.log(`  ${r.id}: ${r.steps.length} steps, ${Math.round(planTotal(r) / 60_000)} min`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`Content is invalid (${error.problems.length} problems):`);
    error.problems.forEach((p) => console.error(formatProblem(p)));
    process.exit(1);
  }
  throw error;
}

const seedsDir = resolve(root, process.env.UNKNOT_SEEDS_DIR ?? '../shared/seeds');
if (!existsSync(seedsDir)) {
  console.log(`seed overlap: skipped, no seeds at ${seedsDir} (set UNKNOT_SEEDS_DIR)`);
} else {
  const seeds: SeedText[] = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name: /^\d+/.exec(name)?.[0] ?? name,
      text: readFileSync(join(seedsDir, name), 'utf8'),
    }));
  const texts = Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, json]) => textsOf(file, json));
  const overlaps = findSeedOverlaps(texts, seeds);
  if (overlaps.length > 0) {
    console.error(
      `Content repeats the seeds (${overlaps.length} runs of ${MIN_SHARED_WORDS}+ words); say it in your own words:`,
    );
    overlaps.forEach((o) => console.error(formatOverlap(o)));
    process.exit(1);
  }
  console.log(
    `seed overlap ok: no run of ${MIN_SHARED_WORDS}+ words shared with ${seeds.length} seeds in ${texts.length} texts`,
  );
}
