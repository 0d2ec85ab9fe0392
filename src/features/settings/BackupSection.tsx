import { useId, useState, type ChangeEvent } from 'react';
import { safeStorage } from '../../storage/safeStorage';
import { settingsStore } from './settingsStore';

type Said = { kind: 'status' | 'alert'; text: string } | null;

/** The checks and merges load when first used: the Settings page does not carry them. */
const loadBackup = () => import('../../storage/backup');

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by then; the URL only has to outlive the click.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The settings store, the history and the routines each hold or read their record and tell their screens
 * when it changes. An import writes underneath them, so each is told: the store takes the new settings,
 * the routines read again, and the history (which reads storage each time) saves, unchanged, what it now
 * holds, which is how it tells its screens.
 */
async function tellLiveCopies(changed: ReadonlySet<string>) {
  const [
    { history },
    { myRoutines },
    { readRecord },
    { historyRecord },
    { myRoutinesRecord },
    { settingsRecord },
  ] = await Promise.all([
    import('../../storage/history'),
    import('../../storage/myRoutines'),
    import('../../storage/record'),
    import('../../storage/records/history'),
    import('../../storage/records/myRoutines'),
    import('../../storage/records/settings'),
  ]);
  const settings = changed.has(settingsRecord.key)
    ? readRecord(settingsRecord, safeStorage().read(settingsRecord.key) ?? '')
    : null;
  if (settings) settingsStore.getState().actions.update(settings);
  if (changed.has(myRoutinesRecord.key)) myRoutines.refresh();
  if (changed.has(historyRecord.key)) history.refresh();
}

/** "Export my data" and "Import data": a copy of everything kept on this device, and bringing one back. */
export function BackupSection() {
  const [said, setSaid] = useState<Said>(null);
  const [working, setWorking] = useState(false);
  const inputId = useId();
  const hintId = useId();

  const exportData = async () => {
    setWorking(true);
    try {
      const { exportData, describeBackup, backupFileName } = await loadBackup();
      const now = Date.now();
      const backup = exportData(safeStorage(), now);
      const name = backupFileName(now);
      download(JSON.stringify(backup), name);
      const holds = describeBackup(backup);
      setSaid({
        kind: 'status',
        text: holds
          ? `Downloading ${name}: ${holds}.`
          : `Downloading ${name}. Nothing is saved on this device yet, so it holds no routines, sessions or settings.`,
      });
    } catch {
      setSaid({ kind: 'alert', text: 'The backup could not be made. Try again.' });
    } finally {
      setWorking(false);
    }
  };

  const importData = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after freeing space, say) is a new choice.
    input.value = '';
    if (!file) return;
    setWorking(true);
    setSaid(null);
    const refuse = (reason: string) =>
      setSaid({ kind: 'alert', text: `${reason} Nothing on this device was changed.` });
    try {
      const { MAX_BACKUP_BYTES, REASONS, parseBackup, importBackup, describeImport } = await loadBackup();
      if (file.size > MAX_BACKUP_BYTES) return refuse(REASONS.tooBig);
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) return refuse(parsed.reason);
      // Sessions from before the history existed are taken into it first, so the import keeps them.
      (await import('../../storage/history')).history.entries();
      const result = importBackup(safeStorage(), parsed);
      if (!result.ok) return refuse(result.reason);
      await tellLiveCopies(new Set(result.records.filter((r) => r.added > 0).map((r) => r.key)));
      setSaid({ kind: 'status', text: describeImport(result.records) });
    } catch {
      refuse('This file could not be opened. Try again, or choose another file.');
    } finally {
      setWorking(false);
    }
  };

  return (
    <fieldset className="check-group settings-group backup" aria-describedby={hintId} aria-busy={working}>
      <legend>Your data</legend>
      <p className="hint" id={hintId}>
        Your routines, history and settings are kept on this device only. Save them to a file to keep a copy
        or to move them to another device. Importing a file adds what is new and replaces nothing.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={exportData} disabled={working}>
          Export my data
        </button>
        <input
          id={inputId}
          className="visually-hidden backup-file"
          type="file"
          accept=".json,application/json"
          onChange={importData}
          disabled={working}
        />
        <label htmlFor={inputId} className="button backup-file-button">
          Import data
        </label>
      </div>
      <p role="status" className="backup-said">
        {said?.kind === 'status' ? said.text : ''}
      </p>
      {said?.kind === 'alert' && (
        <p role="alert" className="backup-said backup-refused">
          {said.text}
        </p>
      )}
    </fieldset>
  );
}
