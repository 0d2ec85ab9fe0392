import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router';
import { sessionStore } from './app/sessionStore';
import { SessionStoreProvider } from './features/session/SessionStoreContext';
import { startTicker } from './features/session/ticker';
import { connectHandsFree } from './features/handsfree/connect';
import { connectTheme } from './features/settings/theme';
// Every screen's styles ship in the first stylesheet, so a prerendered page never shifts when its
// route's script arrives after the first paint.
import './styles/global.css';
import './components/BodyMap/bodyMap.css';
import './features/techniques/techniques.css';
import './features/settings/settings.css';

startTicker(sessionStore);
connectHandsFree(sessionStore);
connectTheme();

const container = document.getElementById('root')!;
const router = createAppRouter();
const app = (
  <StrictMode>
    <SessionStoreProvider store={sessionStore}>
      <RouterProvider router={router} />
    </SessionStoreProvider>
  </StrictMode>
);

// A page prerendered for this very URL is hydrated once its lazy route has loaded, so the first client
// render matches the HTML. Anything else (the shell served for /session, a search in the query string)
// renders afresh.
const { pathname, search } = window.location;
if (container.dataset.prerendered === pathname && search === '') {
  const ready = router.state.initialized
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        const unsubscribe = router.subscribe((state) => {
          if (state.initialized) {
            unsubscribe();
            resolve();
          }
        });
      });
  void ready.then(() => hydrateRoot(container, app));
} else {
  container.replaceChildren();
  createRoot(container).render(app);
}
