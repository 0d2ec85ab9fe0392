import { useWaitingUpdate } from './serviceWorker';

/** A quiet note on browsing screens when a new version is ready; the player never shows it. */
export function UpdatePrompt() {
  const apply = useWaitingUpdate();
  if (!apply) return null;
  return (
    <div className="banner" role="status">
      <p>A new version of Unknot is ready.</p>
      <button type="button" className="button small primary" onClick={apply}>
        Reload
      </button>
    </div>
  );
}
