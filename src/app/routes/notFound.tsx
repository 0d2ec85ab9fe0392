import { Link } from 'react-router';
import { paths } from '../../lib/paths';

export function Component() {
  return (
    <div className="page">
      <h1>We couldn’t find that page</h1>
      <p>The link may be old or mistyped.</p>
      <Link className="button primary" to={paths.home}>
        Back to routines
      </Link>
    </div>
  );
}
