import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { routines } from '../../content';
import { findTechnique, techniques } from '../../content/techniques';
import { relatedTo } from '../../features/techniques/related';
import { TechniquePage } from '../../features/techniques/TechniquePage';

/** An unknown technique id is a 404 that the route's error screen explains. */
export function loader({ params }: LoaderFunctionArgs) {
  const technique = findTechnique(params.techniqueId ?? '');
  if (!technique) throw data(`There is no technique called “${params.techniqueId}”.`, { status: 404 });
  return relatedTo(technique, { techniques, routines });
}

export function Component() {
  const page = useLoaderData<typeof loader>();
  return <TechniquePage key={page.technique.id} data={page} />;
}
