/**
 * Renders a route to HTML at build time (scripts/prerender.ts), so text paints before JavaScript runs.
 * Nothing device-specific is rendered here: saved sessions and settings appear after hydration.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from './app/router';
import { createSessionStore } from './features/session/store';
import { SessionStoreProvider } from './features/session/SessionStoreContext';
import { systemClock } from './lib/clock';
import { safeStorage } from './storage/safeStorage';
import { routines } from './content';
import { techniques } from './content/techniques';

export const prerenderPaths = [
  '/',
  ...routines.map((r) => `/routines/${r.id}`),
  '/techniques',
  ...techniques.map((t) => `/techniques/${t.id}`),
];

/** What a page says of itself before any script runs: its description (its title is its heading). */
export function describePage(path: string): string | null {
  const [, kind, id] = path.split('/');
  if (kind === 'routines') return routines.find((r) => r.id === id)?.summary ?? null;
  if (kind === 'techniques' && id) return techniques.find((t) => t.id === id)?.summary ?? null;
  if (kind === 'techniques')
    return 'Massage techniques by name: how each is done, how firm, and where on the back.';
  return null;
}

export async function render(path: string): Promise<string> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`${path} redirected while prerendering`);
  if (context.statusCode !== 200) throw new Error(`${path} rendered with status ${context.statusCode}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const store = createSessionStore({ clock: systemClock, storage: safeStorage(() => undefined) });
  return renderToString(
    <StrictMode>
      <SessionStoreProvider store={store}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </SessionStoreProvider>
    </StrictMode>,
  );
}
