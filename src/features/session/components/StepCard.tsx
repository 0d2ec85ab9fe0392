import { memo } from 'react';
import { Link } from 'react-router';
import type { Pressure, Step } from '../../../content/schema';
import { findTechnique } from '../../../content/techniques';
import { BodyMap, type ActiveSide } from '../../../components/BodyMap';
import {
  asLightAsItGoes,
  contactLabel,
  effectivePressure,
  pressureLabel,
  sideLabel,
} from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { nudgedPressureLine, shownPressure } from '../receiver';

interface StepCardProps {
  step: Step;
  easedBy: number;
  /** Levels the receiver moved this step (receiver.ts). */
  nudge: number;
  activeSide: ActiveSide;
  animated: boolean;
}

/**
 * What to do in this step: its name, words, picture and pressure. Memoised: the countdown beside it
 * changes every second, this only when the step, its side or the pressure does.
 */
export const StepCard = memo(function StepCard({
  step,
  easedBy,
  nudge,
  activeSide,
  animated,
}: StepCardProps) {
  const technique = findTechnique(step.technique);
  const pressure = shownPressure(step.pressure, easedBy, nudge);
  return (
    <section className="step-card" aria-labelledby="step-name">
      <h1 id="step-name" className="step-name">
        {step.name}
      </h1>
      <p className="step-instruction">{step.instruction}</p>
      <div className="step-detail">
        <BodyMap
          areas={step.bodyAreas}
          stroke={step.stroke}
          side={step.side}
          activeSide={activeSide}
          size="medium"
          animated={animated}
          legend={false}
        />
        <div className="step-detail-text">
          <dl className="step-facts">
            <div>
              <dt>Use</dt>
              <dd>{contactLabel[step.contact]}</dd>
            </div>
            <div>
              <dt>Pressure</dt>
              <dd>
                <span className={`pressure-tag pressure-${pressure}`}>{pressureLabel[pressure]}</span>
              </dd>
            </div>
            <div>
              <dt>Side</dt>
              <dd>{sideLabel[step.side]}</dd>
            </div>
          </dl>
          {technique && (
            <Link className="technique-link" to={paths.technique(technique.id)}>
              About {technique.name.toLowerCase()}
            </Link>
          )}
        </div>
      </div>
      <p className="pressure-cue">
        {nudgedPressureLine(step.pressure, easedBy, nudge) ??
          (easedBy === 0 ? step.pressureCue : easedPressureLine(step.pressure, easedBy))}
      </p>
      {step.checkIn && <p className="check-in">{step.checkIn}</p>}
    </section>
  );
});

/**
 * The pressure line once the session goes lighter than written. The written cue may name a stronger
 * level ("Firm and slow"), so it gives way: what is shown is what is said.
 */
function easedPressureLine(written: Pressure, easedBy: number): string {
  const now = pressureLabel[effectivePressure(written, easedBy)];
  if (asLightAsItGoes(written, easedBy))
    return `${now}. As light as this step goes: use less weight, or stop if it still hurts.`;
  return `${now}. ${easedBy === 1 ? 'One level' : 'Two levels'} lighter than written.`;
}
