import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while React hydrates prerendered HTML (and on the server), true after. Anything that depends on
 * this device's saved state renders only once this is true, so hydration matches the prerendered page.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
