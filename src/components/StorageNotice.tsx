import { useSyncExternalStore } from 'react';
import { dismissProblems, storageProblems } from '../storage/problems';

const none = () => [] as const;

/** Storage trouble, said plainly; the app goes on either way. Shown after hydration only. */
export function StorageNotice() {
  const problems = useSyncExternalStore(storageProblems.subscribe, storageProblems.get, none);
  if (problems.length === 0) return null;
  return (
    <div className="banner banner-warn session-notice" role="status">
      {problems.map((p) => (
        <p key={`${p.key}:${p.kind}`}>{p.message}</p>
      ))}
      <button type="button" className="button small" onClick={dismissProblems}>
        OK
      </button>
    </div>
  );
}
