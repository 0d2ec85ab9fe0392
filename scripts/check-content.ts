/** `npm run content:check`: validates content/ and prints every problem with its file and field. */
import { buildLibrary, ContentError, formatProblem } from '../src/content/library';
import { planTotal } from '../src/engine/plan';
import { readContentDir } from './readContent';

const { files, problems } = readContentDir(process.cwd());
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
