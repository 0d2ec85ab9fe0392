import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** Each screen is its own chunk; the layout and error screen ship with the first load. */
export const routes: RouteObject[] = [
  {
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      { index: true, lazy: () => import('./routes/home'), ErrorBoundary: RouteError },
      { path: 'routines/:routineId', lazy: () => import('./routes/routine'), ErrorBoundary: RouteError },
      {
        path: 'routines/:routineId/check',
        lazy: () => import('./routes/safetyCheck'),
        ErrorBoundary: RouteError,
      },
      { path: '*', lazy: () => import('./routes/notFound') },
    ],
  },
  { path: 'session', lazy: () => import('./routes/session'), ErrorBoundary: RouteError },
];

export const createAppRouter = () => createBrowserRouter(routes);
