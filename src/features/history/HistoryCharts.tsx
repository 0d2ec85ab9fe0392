import type { HistoryEntry } from '../../storage/history';
import { FeelingsChart } from './FeelingsChart';
import { feelingCounts, tightAreas, weeklyMinutes } from './summaries';
import { TightAreasFigure } from './TightAreasFigure';
import { WeeklyMinutesChart } from './WeeklyMinutesChart';

/** The pictures above the list; a picture with nothing to show is left out. */
export function HistoryCharts({ entries, now }: { entries: readonly HistoryEntry[]; now: number }) {
  const counts = feelingCounts(entries, now);
  const tight = tightAreas(entries, now);
  return (
    <section className="history-charts" aria-labelledby="history-charts-title">
      <h2 id="history-charts-title" className="visually-hidden">
        At a glance
      </h2>
      <WeeklyMinutesChart weeks={weeklyMinutes(entries, now)} />
      {counts.better + counts.same + counts.worse > 0 && <FeelingsChart counts={counts} />}
      {tight.length > 0 && <TightAreasFigure areas={tight} />}
    </section>
  );
}
