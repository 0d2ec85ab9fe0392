import { data, type LoaderFunctionArgs } from 'react-router';
import { loadRoutine } from '../../features/routines/loadRoutine';

/** An unknown routine id is a 404 that the route's error screen explains. */
export async function routineLoader({ params }: LoaderFunctionArgs) {
  const found = await loadRoutine(params.routineId ?? '');
  if (!found) throw data(`There is no routine called “${params.routineId}”.`, { status: 404 });
  return found;
}
