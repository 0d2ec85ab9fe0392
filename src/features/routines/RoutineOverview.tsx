import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Routine } from '../../content/schema';
import { safety } from '../../content';
import { techniqueName } from '../../content/techniqueNames';
import { paths } from '../../lib/paths';
import { contactLabel, pressureLabel, whoLabel } from '../../lib/labels';
import { formatClock, formatLength, formatMinutes } from '../../lib/units';
import { LENGTH_PARAM, lengthQuery, lengthTargetMs, parseLength, type LengthMinutes } from '../../lib/length';
import { planRoutine } from '../../engine/plan';
import { DailyCapNote } from '../session';
import { SafetyAdviceList } from '../../components/SafetyAdviceList';
import { BetweenSessions } from '../../components/BetweenSessions';
import { useHydrated } from '../../lib/useHydrated';
import { LengthChoice } from './LengthChoice';

interface Props {
  routine: Routine;
  /**
   * What this kind of routine offers beside "Start session": an own one Edit, Share and Delete, a shared
   * one "Save to my routines". A ready routine, given none, offers "Copy to my routines".
   */
  actions?: ReactNode;
  /** Rules an own routine no longer keeps: said at the top, and it cannot be started until edited. */
  problems?: readonly { path: string; message: string }[];
  /** Where "Start session" leads; the routine's own safety check unless given. */
  checkPath?: string;
  /** Carried after the address and its query, as a shared routine carries itself. */
  checkHash?: string;
}

export function RoutineOverview({
  routine,
  actions,
  problems = [],
  checkPath = paths.safetyCheck(routine.id),
  checkHash = '',
}: Props) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { hash } = useLocation();
  // The prerendered page is the routine as written: a length in the address applies once hydrated.
  // A tap shows at once (the address follows a moment later, for the safety check and a reload).
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<{ minutes: LengthMinutes | null } | null>(null);
  const length = chosen ? chosen.minutes : hydrated ? parseLength(params.get(LENGTH_PARAM)) : null;
  const chooseLength = (minutes: LengthMinutes | null) => {
    setChosen({ minutes });
    const search = minutes === null ? '' : `?${new URLSearchParams({ [LENGTH_PARAM]: String(minutes) })}`;
    // The hash stays: a shared routine lives in it.
    void navigate({ search, hash }, { replace: true, preventScrollReset: true });
  };
  const plan = planRoutine(routine, { targetMs: lengthTargetMs(length) });
  const startForm = `start-${routine.id}`;
  const contraindications = safety.contraindications.filter((c) => routine.contraindications.includes(c.id));
  return (
    <article className="page routine-page">
      <header className="routine-header">
        <p className="eyebrow">{whoLabel[routine.who]}</p>
        <h1>{routine.title}</h1>
        <p className="lede">{routine.summary}</p>
        {problems.length > 0 && (
          <div role="alert" className="verdict verdict-stop">
            <h2>This routine can’t be started as it is</h2>
            <ul className="bullets">
              {problems.map((p) => (
                <li key={p.path + p.message}>{p.message}</li>
              ))}
            </ul>
            <p>Edit it to put this right.</p>
          </div>
        )}
        <div className="routine-actions">
          {actions ?? (
            <Link className="button" to={paths.copyRoutine(routine.id)}>
              Copy to my routines
            </Link>
          )}
        </div>
        <DailyCapNote routine={routine} totalMs={plan.totalMs} />
        <dl className="facts">
          <div>
            <dt>Time</dt>
            <dd>{plan.fit ? formatLength(plan.totalMs) : formatMinutes(plan.totalMs)}</dd>
          </div>
          <div>
            <dt>Steps</dt>
            <dd>{routine.steps.length}</dd>
          </div>
          <div>
            <dt>For</dt>
            <dd>{whoLabel[routine.who]}</dd>
          </div>
        </dl>
        <LengthChoice form={startForm} value={length} onChange={chooseLength} />
        {plan.fit && !plan.fit.reached && (
          <p className="hint length-note" role="status">
            This routine can’t be made {formatMinutes(plan.fit.targetMs)} long: its steps allow{' '}
            {plan.totalMs < plan.fit.targetMs ? 'at most' : 'at least'} {formatLength(plan.totalMs)}, so that
            is the length it will have.
          </p>
        )}
      </header>

      <section aria-labelledby="need-heading">
        <h2 id="need-heading">What you need</h2>
        <ul className="bullets">
          {routine.tools.map((tool) => (
            <li key={tool}>{tool}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="setup-heading">
        <h2 id="setup-heading">Getting ready</h2>
        <ol className="bullets">
          {routine.setup.map((item) => (
            <li key={item.text}>{item.text}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps</h2>
        <ol className="step-list">
          {routine.steps.map((step, i) => (
            <li key={step.id} className="step-row">
              <div className="step-row-main">
                <h3>{step.name}</h3>
                <p>{step.instruction}</p>
              </div>
              <p className="step-row-meta">
                <Link to={paths.technique(step.technique)}>
                  {techniqueName(step.technique)?.name ?? 'Technique'}
                </Link>
                <span>{formatClock(plan.steps[i]!.durationMs)}</span>
                <span className={`pressure-tag pressure-${step.pressure}`}>
                  {pressureLabel[step.pressure]}
                </span>
                <span>{contactLabel[step.contact]}</span>
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="after-heading">
        <h2 id="after-heading">Afterwards</h2>
        <ul className="bullets">
          {routine.closing.map((item) => (
            <li key={item.text}>{item.text}</li>
          ))}
        </ul>
      </section>

      <BetweenSessions />

      <section aria-labelledby="safety-heading" className="safety-notes">
        <h2 id="safety-heading">Safety</h2>
        <ul className="bullets">
          {safety.rules.map((rule) => (
            <li key={rule.text}>{rule.text}</li>
          ))}
        </ul>
        {contraindications.length > 0 && (
          <>
            <h3>Don’t massage over</h3>
            <SafetyAdviceList className="bullets" items={contraindications} />
          </>
        )}
      </section>

      {/* A form, so the button works on the prerendered page even before the app's script has loaded. */}
      <form
        id={startForm}
        className="start-bar"
        method="get"
        action={checkPath}
        onSubmit={(event) => {
          event.preventDefault();
          navigate(checkPath + lengthQuery(length) + checkHash);
        }}
      >
        <button type="submit" className="button primary large" disabled={problems.length > 0}>
          Start session
        </button>
      </form>
    </article>
  );
}
