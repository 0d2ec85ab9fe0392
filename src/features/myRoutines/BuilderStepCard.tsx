import { Reorder, useDragControls } from 'framer-motion';
import { useId, type Dispatch } from 'react';
import { BodyMap } from '../../components/BodyMap';
import { Icon } from '../../components/Icon';
import { findAuthored, pressuresFor, sidesFor } from '../../content/compose';
import { routines } from '../../content';
import { pressureLabel, sideLabel } from '../../lib/labels';
import { formatLength, toMs } from '../../lib/units';
import type { BuilderAction, BuilderStep } from './builderModel';

/** Time moves in quarter minutes: fine enough to fit, coarse enough for a thumb. */
const TIME_STEP_S = 15;

interface Props {
  item: BuilderStep;
  index: number;
  count: number;
  problems: readonly string[];
  dispatch: Dispatch<BuilderAction>;
}

/** One step of the routine being built: its time, pressure and side, and ways to move or remove it. */
export function BuilderStepCard({ item, index, count, problems, dispatch }: Props) {
  const id = useId();
  const drag = useDragControls();
  const { key, ref } = item;
  const found = findAuthored(routines, ref);
  const change = (patch: Extract<BuilderAction, { type: 'change' }>['patch']) =>
    dispatch({ type: 'change', key, patch });
  const name = found?.step.name ?? 'Step not found';

  return (
    <Reorder.Item
      value={key}
      dragListener={false}
      dragControls={drag}
      className="builder-step"
      aria-invalid={problems.length > 0 || undefined}
      aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
    >
      <div className="builder-step-head">
        <button
          type="button"
          className="drag-handle"
          aria-label={`Drag to reorder: ${name}`}
          // Keyboard and screen readers use Move up and Move down; this handle is for a finger or mouse.
          tabIndex={-1}
          onPointerDown={(e) => drag.start(e)}
        >
          <Icon name="grip" size={20} />
        </button>
        <span className="builder-step-number" aria-hidden="true">
          {index + 1}
        </span>
        <h3>{name}</h3>
      </div>
      {found && (
        <div className="builder-step-body">
          <BodyMap areas={found.step.bodyAreas} stroke={found.step.stroke} side={ref.side} size="small" />
          <div className="builder-step-fields">
            <p className="builder-step-instruction">{found.step.instruction}</p>
            <label className="field">
              <span className="field-label">
                Minutes <span className="field-value">{formatLength(toMs(ref.seconds))}</span>
              </span>
              <input
                type="range"
                aria-label={`Minutes: ${name}`}
                aria-valuetext={formatLength(toMs(ref.seconds))}
                min={found.step.duration.min}
                max={found.step.duration.max}
                step={TIME_STEP_S}
                value={ref.seconds}
                onChange={(e) => change({ seconds: Number(e.target.value) })}
              />
            </label>
            <div className="builder-step-selects">
              {pressuresFor(found.step).length > 1 ? (
                <label className="field">
                  <span className="field-label">Pressure</span>
                  <select
                    aria-label={`Pressure: ${name}`}
                    value={ref.pressure}
                    onChange={(e) => change({ pressure: e.target.value as typeof ref.pressure })}
                  >
                    {pressuresFor(found.step).map((p) => (
                      <option key={p} value={p}>
                        {pressureLabel[p]}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <p className="field">
                  <span className="field-label">Pressure</span> {pressureLabel[ref.pressure]}
                </p>
              )}
              {sidesFor(found.step).length > 1 && (
                <label className="field">
                  <span className="field-label">Side</span>
                  <select
                    aria-label={`Side: ${name}`}
                    value={ref.side}
                    onChange={(e) => change({ side: e.target.value as typeof ref.side })}
                  >
                    {sidesFor(found.step).map((s) => (
                      <option key={s} value={s}>
                        {sideLabel[s]}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
          </div>
        </div>
      )}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="builder-step-actions">
        <button
          type="button"
          className="button small ghost"
          aria-label={`Move up: ${name}`}
          // aria-disabled, not disabled: focus stays on the button as the step arrives at the end.
          aria-disabled={index === 0 || undefined}
          onClick={() => dispatch({ type: 'move', key, by: -1 })}
        >
          Move up
        </button>
        <button
          type="button"
          className="button small ghost"
          aria-label={`Move down: ${name}`}
          aria-disabled={index === count - 1 || undefined}
          onClick={() => dispatch({ type: 'move', key, by: 1 })}
        >
          Move down
        </button>
        <button
          type="button"
          className="button small ghost danger"
          aria-label={`Remove: ${name}`}
          onClick={() => dispatch({ type: 'remove', key })}
        >
          Remove
        </button>
      </div>
    </Reorder.Item>
  );
}
