import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { loadTechnique, routinesUsing } from '../../content/techniqueById';
import { techniqueNameList } from '../../content/techniqueNames';
import { relatedTo } from '../../features/techniques/related';
import { TechniquePage } from '../../features/techniques/TechniquePage';

/**
 * The technique from its own module, with the names of its family and the routines that use it: the
 * page carries no other technique's text and no routine. An unknown id is a 404 that the route's error
 * screen explains.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = params.techniqueId ?? '';
  const technique = await loadTechnique(id);
  if (!technique) throw data(`There is no technique called “${params.techniqueId}”.`, { status: 404 });
  return relatedTo(technique, { names: techniqueNameList(), usedIn: routinesUsing(id) });
}

export function Component() {
  const page = useLoaderData<typeof loader>();
  return <TechniquePage key={page.technique.id} data={page} />;
}
