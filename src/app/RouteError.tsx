import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { paths } from '../lib/paths';

/** Every route's error screen: says what went wrong in plain words and offers a way on. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const detail = isRouteErrorResponse(error) && typeof error.data === 'string' ? error.data : null;
  // The way on leads back to the part of the app the person was in.
  const inTechniques = useLocation().pathname.startsWith(paths.techniques);
  return (
    <main className="page error-page" id="main">
      <h1>{notFound ? 'We couldn’t find that' : 'Something went wrong'}</h1>
      <p>
        {detail ??
          (notFound
            ? 'The link may be old or mistyped.'
            : 'This screen hit a problem. Your saved sessions and settings are safe.')}
      </p>
      <p>
        <Link className="button primary" to={inTechniques ? paths.techniques : paths.home}>
          {inTechniques ? 'Back to techniques' : 'Back to routines'}
        </Link>
      </p>
    </main>
  );
}
