import { redirect, type LoaderFunctionArgs } from 'react-router';
import { openShared } from '../../features/share/openShared';
import { paths } from '../../lib/paths';
import { checkData, type CheckData } from './safetyCheck';

export { Component } from './safetyCheck';

/**
 * `/shared/check#r=…`: the safety check for a routine carried in its link, without saving it. The
 * router leaves the hash out of a loader's request, so this reads the address itself: on a first load
 * or a Back it is already this page's; on the tap from the shared page it is still that page's, which
 * carries the same routine. A link that no longer reads goes back to the page that says why.
 */
export function loader({ request }: LoaderFunctionArgs): CheckData {
  const { hash } = window.location;
  const opened = openShared(hash);
  if (!opened.ok) throw redirect(paths.shared + hash);
  return checkData(opened.routine, request);
}
