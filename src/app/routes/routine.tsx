import { useLoaderData } from 'react-router';
import type { Routine } from '../../content/schema';
import { RoutineOverview } from '../../features/routines/RoutineOverview';
import { routineLoader } from './routineLoader';

export const loader = routineLoader;

export function Component() {
  return <RoutineOverview routine={useLoaderData() as Routine} />;
}
