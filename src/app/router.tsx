import { createBrowserRouter, replace, type RouteObject } from 'react-router';
import { paths } from '../lib/paths';
import { Layout } from './Layout';
import { Root } from './Root';
import { RouteError } from './RouteError';

/**
 * Each screen is its own chunk; the layout and error screen ship with the first load. The client waits
 * for the first route to load before hydrating (main.tsx), so there is nothing to show meanwhile.
 */
const HydrateFallback = () => null;

/**
 * Addresses people type or old links use for the routine list: `/routines` (with or without a trailing
 * slash; the router matches both) and `/index.html`. They lead home, replacing the entry, so Back does
 * not bounce through them.
 */
const toHome = { loader: () => replace(paths.home), element: null } satisfies RouteObject;

export const routes: RouteObject[] = [
  {
    Component: Root,
    children: [
      {
        Component: Layout,
        ErrorBoundary: RouteError,
        HydrateFallback,
        children: [
          { index: true, lazy: () => import('./routes/home'), ErrorBoundary: RouteError },
          { path: 'index.html', ...toHome },
          { path: 'routines', ...toHome },
          { path: 'routines/:routineId', lazy: () => import('./routes/routine'), ErrorBoundary: RouteError },
          {
            path: 'routines/:routineId/check',
            lazy: () => import('./routes/safetyCheck'),
            ErrorBoundary: RouteError,
          },
          { path: 'techniques', lazy: () => import('./routes/techniques'), ErrorBoundary: RouteError },
          {
            path: 'techniques/:techniqueId',
            lazy: () => import('./routes/technique'),
            ErrorBoundary: RouteError,
          },
          { path: 'settings', lazy: () => import('./routes/settings'), ErrorBoundary: RouteError },
          { path: 'history', lazy: () => import('./routes/history'), ErrorBoundary: RouteError },
          { path: 'my-routines', lazy: () => import('./routes/myRoutines'), ErrorBoundary: RouteError },
          { path: 'my-routines/new', lazy: () => import('./routes/builder'), ErrorBoundary: RouteError },
          {
            path: 'my-routines/:routineId/edit',
            lazy: () => import('./routes/builder'),
            ErrorBoundary: RouteError,
          },
          { path: 'plan', lazy: () => import('./routes/plan'), ErrorBoundary: RouteError },
          { path: 'plan/check', lazy: () => import('./routes/planCheck'), ErrorBoundary: RouteError },
          { path: 'shared', lazy: () => import('./routes/shared'), ErrorBoundary: RouteError },
          { path: 'shared/check', lazy: () => import('./routes/sharedCheck'), ErrorBoundary: RouteError },
          { path: '*', lazy: () => import('./routes/notFound') },
        ],
      },
      { path: 'session', lazy: () => import('./routes/session'), ErrorBoundary: RouteError, HydrateFallback },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
