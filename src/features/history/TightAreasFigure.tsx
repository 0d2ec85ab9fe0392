import { useId } from 'react';
import { BodyMap } from '../../components/BodyMap';
import { RECENT_DAYS, tightSummary, type TightArea } from './summaries';

/** The areas marked tight most often, lit on the body picture. */
export function TightAreasFigure({ areas }: { areas: readonly TightArea[] }) {
  const titleId = useId();
  const summary = tightSummary(areas);
  return (
    <figure className="history-chart history-chart--tight" aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId}>Where it was tight</h3>
        <p className="history-chart-summary">
          {summary} <span className="history-chart-period">(last {RECENT_DAYS} days)</span>
        </p>
      </figcaption>
      {/* The picture's own name would describe a stroke; this one says what it shows here. */}
      <div role="img" aria-label={`Back picture with these areas lit. ${summary}.`}>
        <div aria-hidden="true">
          <BodyMap
            areas={areas.map((a) => a.area)}
            stroke="still"
            animated={false}
            legend={false}
            size="medium"
          />
        </div>
      </div>
    </figure>
  );
}
