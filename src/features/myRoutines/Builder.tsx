import { Reorder } from 'framer-motion';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { judgeSpec } from '../../content/ownRoutine';
import { findAuthored } from '../../content/compose';
import { routines } from '../../content';
import { planTotal } from '../../engine/plan';
import { paths } from '../../lib/paths';
import { formatLength, ms } from '../../lib/units';
import { myRoutines, newRoutineId } from '../../storage/myRoutines';
import { builderReducer, placeProblems, toSpec, type BuilderAction } from './builderModel';
import { draftPath, type BuilderStart } from './openBuilder';
import { WhoChoice } from '../../components/WhoChoice';
import { BuilderStepCard } from './BuilderStepCard';
import { StepPicker } from './StepPicker';
import './myRoutines.css';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Build or change a routine from the library's authored steps. Every change is kept as a draft at once,
 * so a reload or a back swipe loses nothing; the same rules as shipped content decide whether it saves.
 */
export function Builder({ initial, editing, restored, original, otherDraft, from }: BuilderStart) {
  const navigate = useNavigate();
  const fromPlan = (useLocation().state as { fromPlan?: boolean } | null)?.fromPlan === true;
  const [state, dispatchRaw] = useReducer(builderReducer, initial);
  const [changed, setChanged] = useState(restored);
  const [picking, setPicking] = useState(false);
  const [triedToSave, setTriedToSave] = useState(false);
  const [said, setSaid] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const problemsBox = useRef<HTMLDivElement>(null);
  const editingId = editing?.id ?? null;

  const dispatch = (action: BuilderAction) => {
    dispatchRaw(action);
    setChanged(true);
    if (action.type === 'move') {
      const from = state.steps.findIndex((s) => s.key === action.key);
      const to = from + action.by;
      const step = state.steps[from];
      if (step && to >= 0 && to < state.steps.length) {
        const name = findAuthored(routines, step.ref)?.step.name ?? 'Step';
        setSaid(`${name} moved to ${to + 1} of ${state.steps.length}.`);
      }
    }
  };

  // Every change is written as a draft straight away; saving or discarding clears it.
  useEffect(() => {
    if (!changed) return;
    const draft = { editing: editingId, spec: toSpec(state), changedAt: Date.now() };
    myRoutines.setDraft(from === null ? draft : { ...draft, from });
  }, [changed, state, editingId, from]);

  const spec = useMemo(() => toSpec(state), [state]);
  const judged = useMemo(() => judgeSpec(editingId ?? 'my-draft', spec), [editingId, spec]);
  const placed = placeProblems(judged.problems);
  // A blank name or no steps yet is only pointed out once the person tries to save.
  const nameProblems = triedToSave ? placed.name : [];
  const routineProblems = placed.routine.filter((p) => triedToSave || !/^Add at least one step/.test(p));
  const totalMs = judged.routine
    ? planTotal(judged.routine)
    : ms(state.steps.reduce((sum, s) => sum + s.ref.seconds * 1000, 0));

  const save = () => {
    setTriedToSave(true);
    if (judged.problems.length > 0) {
      if (placed.name.length > 0) nameInput.current?.focus();
      else problemsBox.current?.focus();
      return;
    }
    const now = Date.now();
    const id = editingId ?? newRoutineId((x) => myRoutines.get(x) !== undefined);
    myRoutines.save({ ...spec, id, createdAt: editing?.createdAt ?? now, updatedAt: now });
    myRoutines.setDraft(null);
    navigate(paths.routine(id), { replace: true, state: { saved: true } });
  };

  const discard = () => {
    myRoutines.setDraft(null);
    dispatchRaw({ type: 'replace', state: original });
    setChanged(false);
    setTriedToSave(false);
    setSaid('Changes discarded.');
  };

  const allProblems = judged.problems.length;
  return (
    <div className="page builder">
      <h1>{editing ? 'Edit routine' : 'New routine'}</h1>
      {restored && changed && (
        <p className="hint builder-restored">
          {fromPlan ? 'Your planned routine: change anything, then save.' : 'Your unsaved changes are back.'}{' '}
          <button type="button" className="link-button" onClick={discard}>
            Discard changes
          </button>
        </p>
      )}

      {otherDraft && !changed && (
        <p className="hint builder-restored">
          You have unsaved changes to “{otherDraft.name}”.{' '}
          <Link to={draftPath(otherDraft)}>Go back to them</Link> (changing this routine replaces them).
        </p>
      )}
      <label className="field builder-name">
        <span className="field-label">Name</span>
        <input
          ref={nameInput}
          type="text"
          value={state.name}
          maxLength={60}
          autoComplete="off"
          aria-invalid={nameProblems.length > 0 || undefined}
          aria-describedby={nameProblems.length > 0 ? 'name-problems' : undefined}
          onChange={(e) => dispatch({ type: 'rename', name: e.target.value })}
        />
      </label>
      {nameProblems.length > 0 && (
        <p id="name-problems" className="field-problems">
          {nameProblems.join(' ')}
        </p>
      )}

      <div className="builder-who">
        <WhoChoice
          legend="For"
          name="who"
          value={state.who}
          onChange={(who) => dispatch({ type: 'who', who })}
        />
      </div>

      <h2 className="builder-steps-title">Steps</h2>
      {state.steps.length === 0 ? (
        <p className="hint">No steps yet. Add the first one.</p>
      ) : (
        <Reorder.Group
          as="ol"
          axis="y"
          className="builder-steps"
          values={state.steps.map((s) => s.key)}
          onReorder={(keys) => dispatch({ type: 'order', keys })}
        >
          {state.steps.map((item, i) => (
            <BuilderStepCard
              key={item.key}
              item={item}
              index={i}
              count={state.steps.length}
              problems={(placed.steps.get(i) ?? []).map(capitalised)}
              dispatch={dispatch}
            />
          ))}
        </Reorder.Group>
      )}
      <button type="button" className="button" onClick={() => setPicking(true)}>
        Add step
      </button>
      <p role="status" className="visually-hidden">
        {said}
      </p>

      <div className="builder-bar">
        <div ref={problemsBox} tabIndex={-1} className="builder-bar-text">
          <p className="builder-total">
            Total <strong>{formatLength(totalMs)}</strong> · {state.steps.length}{' '}
            {state.steps.length === 1 ? 'step' : 'steps'}
          </p>
          {routineProblems.length > 0 && (
            <ul className="field-problems" role="alert">
              {routineProblems.map((p) => (
                <li key={p}>{capitalised(p)}</li>
              ))}
            </ul>
          )}
          {triedToSave && allProblems > 0 && routineProblems.length === 0 && (
            <p className="field-problems" role="alert">
              Put right what is marked above, then save.
            </p>
          )}
        </div>
        <div className="builder-bar-buttons">
          <button
            type="button"
            className="button ghost"
            onClick={() => {
              myRoutines.setDraft(null);
              navigate(editing ? paths.routine(editing.id) : paths.myRoutines);
            }}
          >
            Cancel
          </button>
          <button type="button" className="button primary" onClick={save}>
            Save routine
          </button>
        </div>
      </div>

      {picking && (
        <StepPicker
          who={state.who}
          onClose={() => setPicking(false)}
          onPick={(ref) => {
            dispatch({ type: 'add', ref });
            setPicking(false);
            const name = findAuthored(routines, ref)?.step.name ?? 'Step';
            setSaid(`${name} added as step ${state.steps.length + 1}.`);
          }}
        />
      )}
    </div>
  );
}
