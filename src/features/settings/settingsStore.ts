/**
 * Preferences: voice, chimes, vibration, theme and glance mode, saved through the settings record
 * (storage/records/settings.ts); a stored value that fails its check is set aside and defaults are used.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { persistRecord } from '../../storage/persist';
import {
  DEFAULT_SETTINGS,
  RATE_MAX,
  RATE_MIN,
  Settings,
  settingsRecord,
} from '../../storage/records/settings';
import { safeStorage, type SafeStorage } from '../../storage/safeStorage';

export { DEFAULT_SETTINGS, RATE_MAX, RATE_MIN, Settings };
export type SettingKey = keyof Settings;

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export interface SettingsActions {
  /** Changes some settings; numbers are clamped to their range, invalid values are ignored. */
  update(partial: Partial<Settings>): void;
  reset(): void;
}

export type SettingsState = Settings & { actions: SettingsActions };
export type SettingsStore = StoreApi<SettingsState>;

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Brings a change within range: a slider can't store 1.31 or a volume of -0. */
export function normaliseSettings(current: Settings, partial: Partial<Settings>): Settings {
  const next: Settings = { ...current };
  for (const key of SETTING_KEYS) {
    if (!(key in partial) || partial[key] === undefined) continue;
    const candidate = { ...next, [key]: partial[key] };
    if (key === 'rate' && typeof candidate.rate === 'number')
      candidate.rate = clamp(candidate.rate, RATE_MIN, RATE_MAX);
    if (key === 'volume' && typeof candidate.volume === 'number')
      candidate.volume = clamp(candidate.volume, 0, 1);
    if (key === 'voiceURI' && candidate.voiceURI === '') candidate.voiceURI = null;
    if (Settings.safeParse(candidate).success) Object.assign(next, { [key]: candidate[key] });
  }
  return next;
}

export function pickSettings(state: Settings): Settings {
  const picked = {} as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) picked[key] = state[key];
  return picked as Settings;
}

export function createSettingsStore(storage: SafeStorage = safeStorage()): SettingsStore {
  return createStore<SettingsState>()(
    persist(
      (set, get) => ({
        ...DEFAULT_SETTINGS,
        actions: {
          update: (partial) => set(normaliseSettings(pickSettings(get()), partial)),
          reset: () => set({ ...DEFAULT_SETTINGS }),
        },
      }),
      persistRecord<SettingsState, Settings>(settingsRecord, storage, pickSettings, (saved, current) => ({
        ...current,
        ...saved,
      })),
    ),
  );
}

/** The app's settings, saved in this browser. */
export const settingsStore: SettingsStore = createSettingsStore(safeStorage());

/** One setting, re-rendering only when it changes: `const rate = useSetting('rate')`. */
export function useSetting<K extends SettingKey>(key: K, store: SettingsStore = settingsStore): Settings[K] {
  return useStore(store, (s) => s[key]);
}

/** All settings at once; the object is stable while nothing in it changes. */
export function useSettings(store: SettingsStore = settingsStore): Settings {
  return useStore(store, useShallow(pickSettings));
}

/** `update(partial)` and `reset()`; the same object on every render. */
export function useSettingsActions(store: SettingsStore = settingsStore): SettingsActions {
  return useStore(store, (s) => s.actions);
}
