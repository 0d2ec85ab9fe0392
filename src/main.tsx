import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router';
import { sessionStore } from './app/sessionStore';
import { SessionStoreProvider } from './features/session/SessionStoreContext';
import { startTicker } from './features/session/ticker';
import './styles/global.css';

startTicker(sessionStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionStoreProvider store={sessionStore}>
      <RouterProvider router={createAppRouter()} />
    </SessionStoreProvider>
  </StrictMode>,
);
