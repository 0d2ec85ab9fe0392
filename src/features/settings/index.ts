/** What other features may use of settings: the store and its hooks. */
export {
  settingsStore,
  useSetting,
  useSettings,
  useSettingsActions,
  type Settings,
  type SettingsStore,
} from './settingsStore';
