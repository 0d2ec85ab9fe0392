import { useId } from 'react';
import { safety } from '../content';

/**
 * A short card for the days between massages: keep moving, which soreness is normal and which is not,
 * and when to see someone (seeds 000, 001, 003). Shown on every routine's page and at the end of a session.
 */
export function BetweenSessions() {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="between-sessions">
      <h2 id={headingId}>Between sessions</h2>
      <ul className="bullets">
        {safety.betweenSessions.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}
