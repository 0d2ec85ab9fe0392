import { useDeferredValue, useId, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { BodyMap } from '../../components/BodyMap';
import { routines } from '../../content';
import { refTo, type AuthoredStep, type StepRef } from '../../content/compose';
import type { Who } from '../../content/schema';
import { pressureLabel, sideLabel } from '../../lib/labels';
import { formatClock, toMs } from '../../lib/units';
import { searchSteps } from './stepSearch';

interface Props {
  who: Who;
  onPick(ref: StepRef): void;
  onClose(): void;
}

/**
 * "Add step": the library's authored steps for this kind of routine, found with "Search steps". Each
 * comes with its instruction, pressure cue, check-in and safety notes; picking one adds it as written.
 */
export function StepPicker({ who, onPick, onClose }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = searchSteps(routines, who, deferred);
  return (
    <ModalDialog
      titleId={`${id}-title`}
      descriptionId={`${id}-desc`}
      onEscape={onClose}
      initialFocus={(node) => node.querySelector('input')}
    >
      <div className="picker-head">
        <h2 id={`${id}-title`}>Add step</h2>
        <button type="button" className="button ghost small" onClick={onClose}>
          Close
        </button>
      </div>
      <p id={`${id}-desc`}>
        Steps from the {who === 'partner' ? 'partner' : 'self-massage'} routines, each with its pressure and
        safety notes.
      </p>
      <label className="field">
        <span className="field-label">Search steps</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="e.g. kneading, shoulders, ball"
        />
      </label>
      <p role="status" className="hint">
        {found.length === 0 ? 'No steps match. Try another word.' : `${found.length} steps`}
      </p>
      <ul className="picker-list">
        {found.map((a) => (
          <li key={`${a.routine.id}/${a.step.id}`}>
            <PickerItem authored={a} onPick={() => onPick(refTo(a))} />
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}

function PickerItem({ authored: { routine, step }, onPick }: { authored: AuthoredStep; onPick(): void }) {
  return (
    <button type="button" className="picker-item" onClick={onPick} aria-label={`Add ${step.name}`}>
      <BodyMap areas={step.bodyAreas} stroke={step.stroke} side={step.side} size="small" />
      <span className="picker-text">
        <strong>{step.name}</strong>
        <span className="picker-instruction">{step.instruction}</span>
        <span className="picker-meta">
          {formatClock(toMs(step.duration.default))} · {pressureLabel[step.pressure]}
          {step.side === 'each' ? ` · ${sideLabel.each}` : ''} · from {routine.title}
        </span>
      </span>
    </button>
  );
}
