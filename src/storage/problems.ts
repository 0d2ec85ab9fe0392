/**
 * Storage trouble, said once in plain words. A record that could not be read was set aside (kept, not
 * deleted); a record the device would not save still works for this visit. Screens show the list.
 */
export type ProblemKind = 'unreadable' | 'unsaved';

export interface StorageProblem {
  key: string;
  kind: ProblemKind;
  message: string;
}

let problems: readonly StorageProblem[] = [];
const listeners = new Set<() => void>();
const publish = (next: readonly StorageProblem[]) => {
  problems = next;
  listeners.forEach((listener) => listener());
};

export function messageFor(label: string, kind: ProblemKind): string {
  return kind === 'unreadable'
    ? `Your saved ${label} could not be read. It was set aside (not deleted) and the app started afresh.`
    : `This device would not save your ${label}. It all still works now, but a reload will lose it.`;
}

export function reportProblem(
  key: string,
  label: string,
  kind: ProblemKind,
  message = messageFor(label, kind),
): void {
  if (problems.some((p) => p.key === key && p.kind === kind)) return;
  publish([...problems, { key, kind, message }]);
}

/** A write went through again: the "would not save" warning no longer holds. */
export function clearUnsaved(key: string): void {
  if (problems.some((p) => p.key === key && p.kind === 'unsaved'))
    publish(problems.filter((p) => !(p.key === key && p.kind === 'unsaved')));
}

export function dismissProblems(): void {
  publish([]);
}

export const storageProblems = {
  get: (): readonly StorageProblem[] => problems,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
