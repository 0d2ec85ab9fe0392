import { useId } from 'react';
import { whoLabel } from '../../lib/labels';
import { shortDate } from './entryWords';
import { weeklyDescription, weeklySummary, type Week } from './summaries';

const WIDTH = 320;
const HEIGHT = 160;
const TOP = 22;
const BASE = 136;
const BAR = 24;

/** A round top for the scale, so a bar of the busiest week nearly fills the picture. */
function scaleTop(maxMinutes: number): number {
  const steps = [10, 15, 20, 30, 45, 60, 90, 120, 180, 240];
  return steps.find((s) => s >= maxMinutes) ?? Math.ceil(maxMinutes / 60) * 60;
}

/** Minutes per week as bars, partner below and self above, this week last. */
export function WeeklyMinutesChart({ weeks }: { weeks: readonly Week[] }) {
  const titleId = useId();
  const minutes = (msWorked: number) => msWorked / 60_000;
  const top = scaleTop(Math.max(...weeks.map((w) => minutes(w.partnerMs + w.selfMs))));
  const height = (msWorked: number) => (minutes(msWorked) / top) * (BASE - TOP);
  const slot = WIDTH / weeks.length;
  const hasPartner = weeks.some((w) => w.partnerMs > 0);
  const hasSelf = weeks.some((w) => w.selfMs > 0);

  return (
    <figure className="history-chart history-chart--weeks" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId}>Minutes per week</h3>
        <p className="history-chart-summary">{weeklySummary(weeks)}</p>
      </figcaption>
      <svg
        className="history-chart-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={weeklyDescription(weeks)}
        focusable="false"
      >
        <line className="history-axis" x1="0" x2={WIDTH} y1={BASE + 0.5} y2={BASE + 0.5} />
        {weeks.map((w, i) => {
          const x = i * slot + (slot - BAR) / 2;
          const partner = height(w.partnerMs);
          const self = height(w.selfMs);
          const total = Math.round(minutes(w.partnerMs + w.selfMs));
          const current = i === weeks.length - 1;
          return (
            <g key={w.start} className={current ? 'is-current' : undefined}>
              {partner > 0 && (
                <rect className="history-bar-partner" x={x} y={BASE - partner} width={BAR} height={partner} />
              )}
              {self > 0 && (
                <rect
                  className="history-bar-self"
                  x={x}
                  y={BASE - partner - self}
                  width={BAR}
                  height={self}
                />
              )}
              {w.sessions > 0 && (
                <text className="history-bar-value" x={x + BAR / 2} y={BASE - partner - self - 5}>
                  {total === 0 ? '<1' : total}
                </text>
              )}
              {current ? (
                <text className="history-bar-label is-end" x={WIDTH} y={BASE + 20}>
                  This week
                </text>
              ) : (
                // Every other week, counting back from this one: eight dates don't fit side by side.
                (weeks.length - 1 - i) % 2 === 0 && (
                  <text className="history-bar-label" x={i * slot + slot / 2} y={BASE + 20}>
                    {shortDate(w.start)}
                  </text>
                )
              )}
            </g>
          );
        })}
      </svg>
      {hasPartner && hasSelf && (
        <p className="history-legend" aria-hidden="true">
          <span className="history-key history-key--partner">{whoLabel.partner}</span>
          <span className="history-key history-key--self">{whoLabel.self}</span>
        </p>
      )}
    </figure>
  );
}
