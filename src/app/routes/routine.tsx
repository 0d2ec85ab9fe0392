import { lazy, Suspense } from 'react';
import { useLoaderData } from 'react-router';
import { RoutineOverview } from '../../features/routines/RoutineOverview';
import { routineLoader } from './routineLoader';

export const loader = routineLoader;

// Own routines' Edit, Share and Delete load with their pages only: no ready routine's page carries them.
const OwnRoutineActions = lazy(() => import('../../features/myRoutines/OwnRoutineActions'));

export function Component() {
  const { routine, own, problems } = useLoaderData<typeof loader>();
  return (
    // A new page for each routine: a length chosen on one is not carried to the next.
    <RoutineOverview
      key={routine.id}
      routine={routine}
      problems={problems}
      actions={
        own ? (
          <Suspense fallback={null}>
            <OwnRoutineActions routine={routine} />
          </Suspense>
        ) : undefined
      }
    />
  );
}
