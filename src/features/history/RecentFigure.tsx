import { useId, type ReactNode } from 'react';
import { RECENT_DAYS } from './summaries';

interface Props {
  title: string;
  /** One line a person (and a screen reader) reads instead of the picture. */
  summary: string;
  /** Modifier for the figure's class, e.g. "feelings". */
  kind: string;
  children: ReactNode;
}

/** A chart of the last days, titled, with its summary in words above the picture. */
export function RecentFigure({ title, summary, kind, children }: Props) {
  const titleId = useId();
  return (
    <figure className={`history-chart history-chart--${kind}`} aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <p className="history-chart-summary">
          {summary} <span className="history-chart-period">(last {RECENT_DAYS} days)</span>
        </p>
      </figcaption>
      {children}
    </figure>
  );
}
