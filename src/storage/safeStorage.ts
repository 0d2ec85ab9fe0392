/**
 * localStorage that never throws. Private mode may refuse it, a full disk may reject a write and a person
 * may hand-edit it; each becomes a reported problem, and what was saved before stays where it is.
 */
export interface SafeStorage {
  read(key: string): string | null;
  /** False when the write was refused (quota, private mode); the old value is kept. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** Moves an unreadable value to `<key>:unreadable:<time>`, so nothing is lost and it is set aside once. */
  keepAside(key: string, value: string): void;
}

export function safeStorage(
  getBacking: () => Storage | undefined = () => globalThis.localStorage,
): SafeStorage {
  const backing = () => {
    try {
      return getBacking();
    } catch {
      return undefined; // Some browsers throw on merely touching localStorage when it is disabled.
    }
  };
  return {
    read(key) {
      try {
        return backing()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        const store = backing();
        if (!store) return false;
        store.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        backing()?.removeItem(key);
      } catch {
        // Nothing to do: the value stays, which is the safe outcome.
      }
    },
    keepAside(key, value) {
      try {
        const store = backing();
        if (!store) return;
        store.setItem(`${key}:unreadable:${Date.now()}`, value);
        // Moved, not copied: left in place it would be set aside again on every visit.
        store.removeItem(key);
      } catch {
        // Could not copy it aside; the original is left untouched rather than overwritten.
      }
    },
  };
}
