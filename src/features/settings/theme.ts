/**
 * Applies the browsing theme to the page: Light, Dim, or whatever the device prefers. The session
 * screen sets its own theme with `useSessionTheme()` on its root element.
 */
import { settingsStore, useSetting, type Settings, type SettingsStore } from './settingsStore';

export type ResolvedTheme = 'light' | 'dim';

export function resolveTheme(theme: Settings['theme'], prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dim' : 'light';
  return theme;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Keeps `data-theme` on <html> in step with the setting and, for "Match device", with the device.
 * Call once at start-up; returns a function that stops it.
 */
export function connectTheme(
  settings: SettingsStore = settingsStore,
  root: HTMLElement = document.documentElement,
): () => void {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
  const apply = () => {
    const resolved = resolveTheme(settings.getState().theme, query?.matches ?? false);
    if (root.dataset.theme !== resolved) root.dataset.theme = resolved;
  };
  apply();
  const offSettings = settings.subscribe((now, before) => {
    if (now.theme !== before.theme) apply();
  });
  query?.addEventListener('change', apply);
  return () => {
    offSettings();
    query?.removeEventListener('change', apply);
  };
}

/** The theme while a session runs, for the session screen's `data-theme`. */
export const useSessionTheme = (): ResolvedTheme => useSetting('sessionTheme');
