import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PlanScreen } from '../../features/planner/PlanScreen';
import { makePlan } from '../../features/planner/makePlan';

/** `/plan`: the form, and once it is sent (`?areas=…`), the routine it makes. */
export function loader({ request }: LoaderFunctionArgs) {
  return makePlan(new URL(request.url).searchParams);
}

export function Component() {
  return <PlanScreen {...useLoaderData<typeof loader>()} />;
}
