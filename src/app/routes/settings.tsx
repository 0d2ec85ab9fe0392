import { SettingsScreen } from '../../features/settings/SettingsScreen';

/** Preferences: voice, chimes, vibration, theme, glance mode. */
export function Component() {
  return <SettingsScreen />;
}
