import { Link, useNavigate } from 'react-router';
import type { Routine } from '../../content/schema';
import { safety } from '../../content';
import { findTechnique } from '../../content/techniques';
import { paths } from '../../lib/paths';
import { contactLabel, pressureLabel, whoLabel } from '../../lib/labels';
import { formatClock, formatMinutes } from '../../lib/units';
import { planRoutine } from '../../engine/plan';
import { DailyCapNote } from '../session';
import { SafetyAdviceList } from '../../components/SafetyAdviceList';

export function RoutineOverview({ routine }: { routine: Routine }) {
  const navigate = useNavigate();
  const plan = planRoutine(routine);
  const contraindications = safety.contraindications.filter((c) => routine.contraindications.includes(c.id));
  return (
    <article className="page routine-page">
      <header className="routine-header">
        <p className="eyebrow">{whoLabel[routine.who]}</p>
        <h1>{routine.title}</h1>
        <p className="lede">{routine.summary}</p>
        <DailyCapNote routine={routine} />
        <dl className="facts">
          <div>
            <dt>Time</dt>
            <dd>{formatMinutes(plan.totalMs)}</dd>
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
                  {findTechnique(step.technique)?.name ?? 'Technique'}
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
        className="start-bar"
        method="get"
        action={paths.safetyCheck(routine.id)}
        onSubmit={(event) => {
          event.preventDefault();
          navigate(paths.safetyCheck(routine.id));
        }}
      >
        <button type="submit" className="button primary large">
          Start session
        </button>
      </form>
    </article>
  );
}
