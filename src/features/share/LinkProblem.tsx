import { Link } from 'react-router';
import { paths } from '../../lib/paths';

/** What a damaged, cut-off or unacceptable link says. Nothing is saved or changed. */
export function LinkProblem({ reasons }: { reasons: readonly string[] }) {
  return (
    <article className="page shared-problem">
      <h1>This link can’t be opened</h1>
      <ul className="bullets">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="hint">Nothing on this device was changed.</p>
      <p>
        <Link className="button" to={paths.home}>
          Back to routines
        </Link>
      </p>
    </article>
  );
}
