import { RecentFigure } from './RecentFigure';
import { BodyMap } from '../../components/BodyMap';
import { tightSummary, type TightArea } from './summaries';

/** The areas marked tight most often, lit on the body picture. */
export function TightAreasFigure({ areas }: { areas: readonly TightArea[] }) {
  const summary = tightSummary(areas);
  return (
    <RecentFigure title="Where it was tight" summary={summary} kind="tight">
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
    </RecentFigure>
  );
}
