import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/router';
import { manualClock } from '../../src/lib/clock';
import { safeStorage } from '../../src/storage/safeStorage';
import { createSessionStore } from '../../src/features/session/store';
import { SessionStoreProvider } from '../../src/features/session/SessionStoreContext';

/** The whole app in a memory router, with a session store on a clock the test moves by hand. */
export function renderApp(path = '/') {
  const clock = manualClock();
  const store = createSessionStore({ clock, storage: safeStorage() });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const utils = render(
    <SessionStoreProvider store={store}>
      <RouterProvider router={router} />
    </SessionStoreProvider>,
  );
  /** Moves time on and lets the store notice, as the ticker would. */
  const wait = (ms: number) => {
    clock.advance(ms);
    store.getState().actions.tick();
  };
  return { ...utils, user, clock, store, router, wait };
}

/** The app at the partner lower-back routine's safety check, past "Continue", with its player up. */
export async function startLowerBack() {
  const app = renderApp('/routines/partner-lower-back/check');
  await app.user.click(await screen.findByRole('button', { name: 'Continue' }));
  await screen.findByRole('timer');
  return app;
}
