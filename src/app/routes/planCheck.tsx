import { redirect, type LoaderFunctionArgs } from 'react-router';
import { makePlan } from '../../features/planner/makePlan';
import { paths } from '../../lib/paths';
import { checkData, type CheckData } from './safetyCheck';

export { Component } from './safetyCheck';

/**
 * `/plan/check?…`: the safety check for a planned routine. The same request makes the same routine, so
 * the plan is made again here rather than carried; if it no longer can be, the plan page says why.
 */
export function loader({ request }: LoaderFunctionArgs): CheckData {
  const { search, searchParams } = new URL(request.url);
  const { planned } = makePlan(searchParams);
  if (!planned?.ok || !planned.routine) throw redirect(paths.plan + search);
  return checkData(planned.routine, request);
}
