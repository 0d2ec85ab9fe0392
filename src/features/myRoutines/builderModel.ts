/**
 * The builder's pure operations: the routine being built as a list of keyed steps, and what a person
 * can do to it. No React, no storage: the screen holds the state, the tests call these directly.
 */
import type { Routine, Who } from '../../content/schema';
import { NAME_MAX, refsOf, type RoutineSpec, type SpecProblem, type StepRef } from '../../content/compose';

/** A step in the builder: its reference, and a key that stays with it through moves (for lists and drag). */
export interface BuilderStep {
  key: string;
  ref: StepRef;
}

export interface BuilderState {
  name: string;
  who: Who;
  steps: BuilderStep[];
}

let nextKey = 0;
const keyed = (ref: StepRef): BuilderStep => ({ key: `s${++nextKey}`, ref });

export const fromSpec = (spec: RoutineSpec): BuilderState => ({
  name: spec.name,
  who: spec.who,
  steps: spec.steps.map(keyed),
});

export const toSpec = (state: BuilderState): RoutineSpec => ({
  name: state.name,
  who: state.who,
  steps: state.steps.map((s) => s.ref),
});

export const emptyState = (who: Who = 'partner'): BuilderState => ({ name: '', who, steps: [] });

/** "Copy to my routines": the ready routine's steps as written, under a name that says it is a copy. */
export const copyOf = (routine: Routine): BuilderState =>
  fromSpec({
    name: `My ${routine.title.charAt(0).toLowerCase()}${routine.title.slice(1)}`.slice(0, NAME_MAX),
    who: routine.who,
    steps: refsOf(routine),
  });

export type BuilderAction =
  | { type: 'rename'; name: string }
  | { type: 'who'; who: Who }
  | { type: 'add'; ref: StepRef }
  | { type: 'remove'; key: string }
  | { type: 'move'; key: string; by: -1 | 1 }
  | { type: 'order'; keys: readonly string[] }
  | { type: 'change'; key: string; patch: Partial<Pick<StepRef, 'seconds' | 'pressure' | 'side'>> }
  | { type: 'replace'; state: BuilderState };

export function builderReducer(state: BuilderState, action: BuilderAction): BuilderState {
  switch (action.type) {
    case 'rename':
      return { ...state, name: action.name.slice(0, NAME_MAX) };
    case 'who':
      return { ...state, who: action.who };
    case 'add':
      return { ...state, steps: [...state.steps, keyed(action.ref)] };
    case 'remove':
      return { ...state, steps: state.steps.filter((s) => s.key !== action.key) };
    case 'move': {
      const from = state.steps.findIndex((s) => s.key === action.key);
      const to = from + action.by;
      if (from === -1 || to < 0 || to >= state.steps.length) return state;
      const steps = [...state.steps];
      [steps[from], steps[to]] = [steps[to]!, steps[from]!];
      return { ...state, steps };
    }
    case 'order': {
      // Only a true reordering of the same steps is taken; anything else is a stale drag.
      const byKey = new Map(state.steps.map((s) => [s.key, s]));
      const steps = action.keys.map((k) => byKey.get(k)).filter((s) => s !== undefined);
      if (steps.length !== state.steps.length || new Set(action.keys).size !== steps.length) return state;
      return { ...state, steps };
    }
    case 'change':
      return {
        ...state,
        steps: state.steps.map((s) =>
          s.key === action.key ? { ...s, ref: { ...s.ref, ...action.patch } } : s,
        ),
      };
    case 'replace':
      return action.state;
  }
}

/** Problems sorted to where they are shown: the name, a step (by index), or the routine as a whole. */
export interface PlacedProblems {
  name: string[];
  steps: Map<number, string[]>;
  routine: string[];
}

export function placeProblems(problems: readonly SpecProblem[]): PlacedProblems {
  const placed: PlacedProblems = { name: [], steps: new Map(), routine: [] };
  for (const { path, message } of problems) {
    const step = /^steps\[(\d+)\]/.exec(path);
    if (path === 'name') placed.name.push(message);
    else if (step) {
      const i = Number(step[1]);
      placed.steps.set(i, [...(placed.steps.get(i) ?? []), message]);
    } else placed.routine.push(message);
  }
  return placed;
}
