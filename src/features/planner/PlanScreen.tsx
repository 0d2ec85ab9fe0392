import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { BodyMap } from '../../components/BodyMap';
import { findAuthored } from '../../content/compose';
import { routines } from '../../content';
import { PLAN_MINUTES, planQuery, type PlanRequest, type PlanTool } from '../../content/planner';
import { pressureLabel } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { formatClock, formatLength, toMs } from '../../lib/units';
import { myRoutines, newRoutineId } from '../../storage/myRoutines';
import { AreaPicker } from './AreaPicker';
import { WhoChoice } from '../../components/WhoChoice';
import type { Planned } from './makePlan';
import './planner.css';

const TOOLS: { id: PlanTool; label: string }[] = [
  { id: 'ball', label: 'Ball' },
  { id: 'foam-roller', label: 'Foam roller' },
  { id: 'warm-towel', label: 'Warm towel' },
  { id: 'massage-oil', label: 'Massage oil' },
];

const FRESH: PlanRequest = { areas: [], who: 'partner', minutes: 15, tools: ['massage-oil'], gentle: false };

interface Props {
  request: PlanRequest | null;
  planned: Planned | null;
}

/** "Plan a session": where it hurts, who, how long and what is at hand, then the routine it makes. */
export function PlanScreen({ request, planned }: Props) {
  const navigate = useNavigate();
  const [form, setForm] = useState<PlanRequest>(request ?? FRESH);
  const [missingArea, setMissingArea] = useState(false);
  const result = useRef<HTMLHeadingElement>(null);
  const toggle = <T,>(list: readonly T[], item: T) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

  // A new plan is announced and brought into view (focus scrolls to it), where the steps begin.
  useEffect(() => {
    if (planned) result.current?.focus();
  }, [planned]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.areas.length === 0) {
      setMissingArea(true);
      return;
    }
    setMissingArea(false);
    navigate(paths.plan + planQuery(form), { replace: request !== null, preventScrollReset: true });
  };

  return (
    <div className="page planner">
      <h1>Plan a session</h1>
      <p className="lede">
        Say where it hurts and how long you have. Unknot puts a routine together from its own steps.
      </p>
      <form method="get" action={paths.plan} onSubmit={submit} className="plan-form">
        <AreaPicker
          chosen={new Set(form.areas)}
          onToggle={(area) => {
            setForm({ ...form, areas: toggle(form.areas, area) });
            setMissingArea(false);
          }}
        />
        {missingArea && (
          <p role="alert" className="field-problems">
            Choose at least one area.
          </p>
        )}
        <WhoChoice legend="Who?" name="who" value={form.who} onChange={(who) => setForm({ ...form, who })} />
        <label className="field plan-minutes">
          <span className="field-label">
            Minutes{' '}
            <span className="field-value" aria-hidden="true">
              {form.minutes}
            </span>
          </span>
          <input
            type="range"
            name="minutes"
            min={PLAN_MINUTES.min}
            max={PLAN_MINUTES.max}
            step={1}
            value={form.minutes}
            aria-valuetext={`${form.minutes} minutes`}
            onChange={(e) => setForm({ ...form, minutes: Number(e.target.value) })}
          />
        </label>
        <fieldset className="plan-tools">
          <legend>At hand</legend>
          <div className="choice-row">
            {TOOLS.map((tool) => (
              <label key={tool.id} className="choice-pill">
                <input
                  type="checkbox"
                  name="tools"
                  value={tool.id}
                  checked={form.tools.includes(tool.id)}
                  onChange={() => setForm({ ...form, tools: toggle(form.tools, tool.id) })}
                />
                <span>{tool.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="check-row plan-gentle">
          <input
            type="checkbox"
            name="gentle"
            checked={form.gentle}
            onChange={(e) => setForm({ ...form, gentle: e.target.checked })}
          />
          <span>
            Gentle (flare-up)
            <span className="hint"> — light strokes only, nothing firm</span>
          </span>
        </label>
        <button type="submit" className="button primary large">
          Make my routine
        </button>
      </form>

      {planned && (
        <section className="plan-result" aria-labelledby="plan-result-title">
          <h2 id="plan-result-title" ref={result} tabIndex={-1}>
            {planned.ok ? planned.spec.name : 'No routine for that'}
          </h2>
          {planned.ok ? <PlanResult planned={planned} request={request!} /> : <p>{planned.reason}</p>}
        </section>
      )}
    </div>
  );
}

function PlanResult({ planned, request }: { planned: Extract<Planned, { ok: true }>; request: PlanRequest }) {
  const navigate = useNavigate();
  const asked = request.minutes * 60_000;
  const save = () => {
    const now = Date.now();
    const id = newRoutineId((x) => myRoutines.get(x) !== undefined);
    myRoutines.save({ ...planned.spec, id, createdAt: now, updatedAt: now });
    navigate(paths.routine(id), { state: { saved: true } });
  };
  const edit = () => {
    myRoutines.setDraft({ editing: null, spec: planned.spec, changedAt: Date.now() });
    navigate(paths.newRoutine, { state: { fromPlan: true } });
  };
  return (
    <>
      <p className="plan-total">
        Total <strong>{formatLength(planned.totalMs)}</strong> · {planned.steps.length} steps
        {!planned.reached && (
          <span className="hint">
            {' '}
            — {formatLength(toMs(asked / 1000))} can’t be reached with these steps
            {planned.totalMs < asked ? ' or today’s ball and roller limit' : ''}; this is the nearest.
          </span>
        )}
      </p>
      <ol className="step-list plan-steps">
        {planned.steps.map(({ ref, reason }, i) => {
          const step = findAuthored(routines, ref)!.step;
          return (
            <li key={`${ref.routine}/${ref.step}/${i}`} className="step-row plan-step">
              <BodyMap areas={step.bodyAreas} stroke={step.stroke} side={ref.side} size="small" />
              <div className="step-row-main">
                <h3>{step.name}</h3>
                <p className="plan-reason">Why: {reason}</p>
                <p className="step-row-meta">
                  <span>{formatClock(toMs(ref.seconds))}</span>
                  <span className={`pressure-tag pressure-${ref.pressure}`}>
                    {pressureLabel[ref.pressure]}
                  </span>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="plan-actions">
        <button
          type="button"
          className="button primary large"
          onClick={() => navigate(paths.planCheck(planQuery(request)))}
        >
          Start session
        </button>
        <button type="button" className="button" onClick={save}>
          Save to my routines
        </button>
        <button type="button" className="button" onClick={edit}>
          Edit
        </button>
      </div>
    </>
  );
}
