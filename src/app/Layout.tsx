import { Link, NavLink, Outlet } from 'react-router';
import { paths } from '../lib/paths';
import { ResumeBanner } from '../features/session/components/ResumeBanner';
import { StorageNotice } from '../components/StorageNotice';
import { UpdatePrompt } from './UpdatePrompt';

export function Layout() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to={paths.home} className="brand" aria-label="Unknot home">
          <span aria-hidden="true" className="brand-mark">
            ∿
          </span>
          <span className="brand-name">Unknot</span>
        </Link>
        <nav aria-label="Main">
          <NavLink to={paths.home} end>
            Routines
          </NavLink>
          <NavLink to={paths.techniques}>Techniques</NavLink>
          <NavLink to={paths.history}>History</NavLink>
          <NavLink to={paths.settings}>Settings</NavLink>
        </nav>
      </header>
      <main id="main" className="app-main">
        <UpdatePrompt />
        <StorageNotice />
        <ResumeBanner />
        <Outlet />
      </main>
    </div>
  );
}
