import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { Builder } from '../../features/myRoutines/Builder';
import { openBuilder } from '../../features/myRoutines/openBuilder';

/** The builder for a new routine, a copy (`?from=`), or a saved one (`/my-routines/:id/edit`). */
export function loader({ params, request }: LoaderFunctionArgs) {
  const from = new URL(request.url).searchParams.get('from');
  const start = openBuilder(params.routineId ?? null, from);
  if (!start) throw data(`There is no routine called “${params.routineId ?? from}”.`, { status: 404 });
  return start;
}

export function Component() {
  const start = useLoaderData<typeof loader>();
  // A new key for each start, so moving from one routine's builder to another's begins afresh.
  return <Builder key={`${start.editing?.id ?? 'new'}:${start.from ?? ''}`} {...start} />;
}
