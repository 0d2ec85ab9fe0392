import { RecentFigure } from './RecentFigure';
import { FEELINGS, type Feeling } from '../../storage/records/history';
import { feelingLabel } from './entryWords';
import { feelingSummary, RECENT_DAYS } from './summaries';

const WIDTH = 320;
const ROW = 34;
const LABEL = 134;
const BAR_MAX = WIDTH - LABEL - 36;

/** How people felt right after their sessions: one bar each for Better, About the same and Worse. */
export function FeelingsChart({ counts }: { counts: Record<Feeling, number> }) {
  const most = Math.max(1, ...FEELINGS.map((f) => counts[f]));
  const summary = feelingSummary(counts);
  return (
    <RecentFigure title="How you felt afterwards" summary={summary} kind="feelings">
      <svg
        className="history-chart-svg"
        viewBox={`0 0 ${WIDTH} ${ROW * FEELINGS.length}`}
        role="img"
        aria-label={`${summary}, in the last ${RECENT_DAYS} days.`}
        focusable="false"
      >
        {FEELINGS.map((f, i) => {
          const y = i * ROW;
          const width = (counts[f] / most) * BAR_MAX;
          return (
            <g key={f} className={`history-feeling history-feeling--${f}`}>
              <text className="history-feeling-label" x="0" y={y + ROW / 2 + 5}>
                {feelingLabel[f]}
              </text>
              <rect
                className="history-feeling-track"
                x={LABEL}
                y={y + 7}
                width={BAR_MAX}
                height={ROW - 14}
                rx="4"
              />
              {width > 0 && (
                <rect
                  className="history-feeling-bar"
                  x={LABEL}
                  y={y + 7}
                  width={width}
                  height={ROW - 14}
                  rx="4"
                />
              )}
              <text className="history-feeling-count" x={LABEL + width + 6} y={y + ROW / 2 + 5}>
                {counts[f]}
              </text>
            </g>
          );
        })}
      </svg>
    </RecentFigure>
  );
}
