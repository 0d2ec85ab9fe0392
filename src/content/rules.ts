/**
 * Rules that span fields and files, checked after every file has passed the schema.
 * Each returns problems naming the file and the path of the field at fault.
 */
import type { ContentProblem, Located } from './library.ts';
import { countsTowardDailyCap, DAILY_CAP_MS, planRange, planTotal } from '../engine/plan.ts';
import { NO_PRESS_AREAS, type Routine, type Safety, type Technique } from './schema.ts';

/** Self-massage is capped per day (seed 000), so no routine may be longer, even at its max. */
const SELF_MASSAGE_CAP_SECONDS = DAILY_CAP_MS / 1000;

export interface RoutineProblem {
  path: string;
  message: string;
}

interface Parsed {
  routines: Located<Routine>[];
  techniques: Located<Technique>[];
  safety: Located<Safety>;
}

export function checkRules({ routines, techniques, safety }: Parsed): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, path: string, message: string) => problems.push({ file, path, message });

  const techniqueById = new Map<string, Technique>();
  for (const { file, value: t } of techniques) {
    if (techniqueById.has(t.id)) report(file, 'id', `technique id "${t.id}" is used twice`);
    techniqueById.set(t.id, t);
    if (!file.endsWith(`/${t.id}.json`)) report(file, 'id', `file name must match id "${t.id}"`);
  }

  // Names and aliases must each point at one technique, or search could not rank them.
  const nameOwner = new Map<string, string>();
  for (const { file, value: t } of techniques) {
    [t.name, ...t.aliases].forEach((word, i) => {
      const key = word.toLowerCase();
      const owner = nameOwner.get(key);
      const path = i === 0 ? 'name' : `aliases[${i - 1}]`;
      if (owner && owner !== t.id) report(file, path, `"${word}" already names technique "${owner}"`);
      else if (owner === t.id && i > 0) report(file, path, `"${word}" is repeated`);
      nameOwner.set(key, t.id);
    });
    if (t.variantOf && !techniqueById.has(t.variantOf)) {
      report(file, 'variantOf', `unknown technique "${t.variantOf}"`);
    }
    if (t.duration && t.duration.min > t.duration.max) report(file, 'duration.min', 'min is above max');
  }

  const contraIds = new Set(safety.value.contraindications.map((c) => c.id));
  const safetyIds = new Set<string>();
  const { contraindications, conditions, redFlags, stopSigns } = safety.value;
  for (const [group, items] of Object.entries({ contraindications, conditions, redFlags, stopSigns })) {
    items.forEach((item, i) => {
      if (safetyIds.has(item.id))
        report(safety.file, `${group}[${i}].id`, `safety id "${item.id}" is used twice`);
      safetyIds.add(item.id);
    });
  }

  // A condition that leaves out a technique must name one the library has, or it leaves out nothing.
  conditions.forEach((c, i) =>
    c.leaveOut.forEach((rule, j) =>
      rule.techniques?.forEach((t, k) => {
        if (!techniqueById.has(t)) {
          report(safety.file, `conditions[${i}].leaveOut[${j}].techniques[${k}]`, `unknown technique "${t}"`);
        }
      }),
    ),
  );

  const routineIds = new Set<string>();
  const context: RoutineContext = { technique: (id) => techniqueById.get(id), contraIds };
  for (const { file, value: r } of routines) {
    if (routineIds.has(r.id)) report(file, 'id', `routine id "${r.id}" is used twice`);
    routineIds.add(r.id);
    if (!file.endsWith(`/${r.id}.json`)) report(file, 'id', `file name must match id "${r.id}"`);
    for (const p of checkRoutine(r, context)) report(file, p.path, p.message);
  }
  return problems;
}

/** What a routine's rules need to know of the rest of the library. */
export interface RoutineContext {
  technique(id: string): Technique | undefined;
  contraIds: ReadonlySet<string>;
}

/**
 * The rules every routine must keep, shipped or not: a routine a person builds, plans or receives by
 * link is held to these same lines. Each problem names the path of the field at fault.
 */
export function checkRoutine(
  r: Routine,
  { technique: techniqueOf, contraIds }: RoutineContext,
): RoutineProblem[] {
  const problems: RoutineProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  if (r.minutes.min > r.minutes.max) report('minutes.min', 'min is above max');
  r.contraindications.forEach((c, i) => {
    if (!contraIds.has(c)) report(`contraindications[${i}]`, `unknown contraindication "${c}"`);
  });

  const stepIds = new Set<string>();
  r.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (stepIds.has(step.id)) report(`${at}.id`, `step id "${step.id}" is used twice`);
    stepIds.add(step.id);
    const technique = techniqueOf(step.technique);
    if (!technique) {
      report(`${at}.technique`, `unknown technique "${step.technique}"`);
    } else {
      if (technique.professionalsOnly || technique.kind === 'style') {
        report(`${at}.technique`, `"${technique.name}" is left to professionals and cannot be a step`);
      }
      const range = technique.duration;
      if (range && (step.duration.default < range.min || step.duration.default > range.max)) {
        report(
          `${at}.duration.default`,
          `${step.duration.default} s is outside ${technique.name}'s range of ${range.min}–${range.max} s`,
        );
      }
    }
    if (step.pressure === 'firm' && !step.checkIn) {
      report(`${at}.checkIn`, 'a firm step needs a check-in prompt');
    }
    step.bodyAreas.forEach((area, j) => {
      if (NO_PRESS_AREAS.includes(area)) {
        report(`${at}.bodyAreas[${j}]`, `"${area}" is a no-press zone: press on muscle only`);
      }
    });
  });

  const total = planTotal(r) / 1000;
  if (total < r.minutes.min * 60 || total > r.minutes.max * 60) {
    report(
      'minutes',
      `steps add up to ${formatMinutes(total)}, outside ${r.minutes.min}–${r.minutes.max} min`,
    );
  }
  // The daily cap is for a ball or roller (seed 000): even stretched to its longest, such a routine stays under it.
  if (countsTowardDailyCap(r)) {
    const longest = planRange(r).maxMs / 1000;
    if (longest > SELF_MASSAGE_CAP_SECONDS) {
      report(
        'steps',
        `with a ball or roller, a routine must stay within ${SELF_MASSAGE_CAP_SECONDS / 60} min even at its longest; these steps can reach ${formatMinutes(longest)}`,
      );
    }
  }
  return problems;
}

function formatMinutes(totalSeconds: number): string {
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  return s ? `${m} min ${s} s` : `${m} min`;
}
