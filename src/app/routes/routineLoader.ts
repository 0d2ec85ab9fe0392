import { data, type LoaderFunctionArgs } from 'react-router';
import { findRoutine } from '../../features/routines/source';

/** An unknown routine id is a 404 that the route's error screen explains. */
export function routineLoader({ params }: LoaderFunctionArgs) {
  const routine = findRoutine(params.routineId ?? '');
  if (!routine) throw data(`There is no routine called “${params.routineId}”.`, { status: 404 });
  return routine;
}
