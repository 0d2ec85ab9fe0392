/**
 * Judges a routine a person put together by the same schema and rules as shipped content: the one gate
 * for what the builder saves, what a link brings in, what an import adds and what the planner makes.
 * It loads the technique library, so only screens that need it import this.
 */
import { routines, safety } from './index.ts';
import { techniques } from './techniques.ts';
import { checkSpec, composeRoutine, type RoutineSpec, type SpecProblem } from './compose.ts';
import { checkRoutine } from './rules.ts';
import { formatPath } from './paths.ts';
import { Routine } from './schema.ts';

export interface Judged {
  /** The routine to show and play; null when its steps could not be found. */
  routine: Routine | null;
  /** Everything that stops it from being played, each at the path of the spec it is about. */
  problems: SpecProblem[];
}

const contraIds = new Set(safety.contraindications.map((c) => c.id));
const techniqueById = new Map(techniques.map((t) => [t.id, t]));

/** Words for the schema's few limits a person can reach, in place of a validator's terse message. */
const schemaWords: Record<string, string> = {
  title: 'Give the routine a name of up to 60 letters.',
  steps: 'Add at least one step.',
};

export function judgeSpec(
  id: string,
  spec: RoutineSpec,
  library: readonly Routine[] = routines,
  summaryLead?: string,
): Judged {
  const problems = checkSpec(spec, library);
  const routine = composeRoutine(id, spec, library, summaryLead);
  if (!routine) return { routine: null, problems };
  const parsed = Routine.safeParse(routine);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      const field = path === 'title' ? 'name' : path;
      if (!problems.some((p) => p.path === field)) {
        problems.push({ path: field, message: schemaWords[path] ?? issue.message });
      }
    }
    return { routine: null, problems };
  }
  for (const p of checkRoutine(parsed.data, { technique: (t) => techniqueById.get(t), contraIds })) {
    problems.push(p);
  }
  return { routine: parsed.data, problems };
}
