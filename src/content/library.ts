/**
 * Turns raw content files into a checked library. Every problem names the file and the path of the
 * bad field, so a broken file fails the build and the tests with a message a writer can act on.
 */
import { z } from 'zod/mini';
import { Routine, Safety, Technique } from './schema.ts';
import { checkRules } from './rules.ts';
import { formatPath } from './paths.ts';

export { formatPath };

// The build and the tests report problems in words; the phone, which never shows them, skips the locale.
z.config(z.locales.en());

export interface Library {
  routines: Routine[];
  techniques: Technique[];
  safety: Safety;
}

/** Raw file contents keyed by their path relative to the project, e.g. `content/routines/x.json`. */
export type ContentFiles = Record<string, unknown>;

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content is invalid:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function formatProblem(p: ContentProblem): string {
  return `  ${p.file}: ${p.path || '(whole file)'} — ${p.message}`;
}

function parseFile<T extends z.ZodMiniType>(
  schema: T,
  file: string,
  raw: unknown,
  problems: ContentProblem[],
): z.infer<T> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, path: formatPath(issue.path), message: issue.message });
  }
  return undefined;
}

export interface Located<T> {
  file: string;
  value: T;
}

export function buildLibrary(files: ContentFiles): Library {
  const problems: ContentProblem[] = [];
  const routines: Located<Routine>[] = [];
  const techniques: Located<Technique>[] = [];
  let safety: Located<Safety> | undefined;

  for (const [file, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (/(^|\/)routines\/[^/]+\.json$/.test(file)) {
      const value = parseFile(Routine, file, raw, problems);
      if (value) routines.push({ file, value });
    } else if (/(^|\/)techniques\/[^/]+\.json$/.test(file)) {
      const value = parseFile(Technique, file, raw, problems);
      if (value) techniques.push({ file, value });
    } else if (/(^|\/)safety\.json$/.test(file)) {
      const value = parseFile(Safety, file, raw, problems);
      if (value) safety = { file, value };
    } else {
      problems.push({
        file,
        path: '',
        message: 'unexpected file: content lives in routines/, techniques/ or safety.json',
      });
    }
  }
  if (!safety && !problems.some((p) => p.file.endsWith('safety.json'))) {
    problems.push({ file: 'content/safety.json', path: '', message: 'missing file' });
  }
  if (problems.length === 0 && safety) {
    problems.push(...checkRules({ routines, techniques, safety }));
  }
  if (problems.length > 0 || !safety) throw new ContentError(problems);
  return {
    routines: routines.map((r) => r.value),
    techniques: techniques.map((t) => t.value),
    safety: safety.value,
  };
}
