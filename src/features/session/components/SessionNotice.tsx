import { useSessionActions, useSessionNotice } from '../SessionStoreContext';

/** Storage trouble, said plainly: the session goes on either way. */
export function SessionNotice() {
  const notice = useSessionNotice();
  const { dismissNotice } = useSessionActions();
  if (!notice) return null;
  return (
    <div className="banner banner-warn session-notice" role="status">
      <p>{notice}</p>
      <button type="button" className="button small" onClick={dismissNotice}>
        OK
      </button>
    </div>
  );
}
