import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { paths } from '../lib/paths';

/**
 * Around every screen. A new page opens at its top (back and forward return to where you were), takes
 * its heading as its title, and gets focus on that heading, so a screen reader says where you are.
 */
export function Root() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    // The tab and history name each page after its heading; the player's heading changes every step.
    const name = pathname === paths.session ? 'Session' : heading?.textContent;
    document.title = name ? `${name} · Unknot` : 'Unknot';
    if (shown.current === pathname || !heading) return;
    shown.current = pathname;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [pathname]);

  // Marks the page as live (hydrated): taps before this land on plain HTML. Browser tests wait for it.
  useEffect(() => {
    document.documentElement.dataset.live = '';
  }, []);

  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}
