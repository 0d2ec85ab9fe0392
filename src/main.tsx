import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router';
import { noteEarlyInput } from './lib/earlyInput';
import { registerServiceWorker } from './app/serviceWorker';
import { loadSessionStore } from './app/sessionStore';
import { SessionStoreProvider } from './features/session/SessionStoreContext';
// Every screen's styles ship in the first stylesheet, so a prerendered page never shifts when its
// route's script arrives after the first paint.
import './styles/global.css';
import './components/BodyMap/bodyMap.css';
import './features/techniques/techniques.css';
import './features/settings/settings.css';

const container = document.getElementById('root')!;
const router = createAppRouter();
const app = (
  <StrictMode>
    <SessionStoreProvider store={loadSessionStore}>
      <RouterProvider router={router} />
    </SessionStoreProvider>
  </StrictMode>
);

/** What the first page does not need: the theme setting, and offline support (Workbox loads lazily). */
function afterFirstRender() {
  void import('./features/settings/theme').then((m) => m.connectTheme());
  const register = () => void registerServiceWorker();
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

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
  void ready.then(() => {
    noteEarlyInput(container);
    hydrateRoot(container, app);
    afterFirstRender();
  });
} else {
  container.replaceChildren();
  createRoot(container).render(app);
  afterFirstRender();
}
