/**
 * Preferences: voice, chimes, vibration, theme and glance mode. Saved on purpose (only these fields,
 * versioned) and checked with zod when read back; a value that fails is kept aside and defaults are used.
 */
// zod's tree-shakable build: this loads with the first page.
import { z } from 'zod/mini';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { safeStorage, type SafeStorage } from '../../lib/storage';

export const SETTINGS_STORAGE_KEY = 'unknot:settings';
export const SETTINGS_STORAGE_VERSION = 1;

export const RATE_MIN = 0.7;
export const RATE_MAX = 1.3;

export const Settings = z.object({
  /** Speak step names and cues aloud. */
  speech: z.boolean(),
  /** The chosen voice; null picks a local English voice that matches the device. */
  voiceURI: z.nullable(z.string().check(z.minLength(1), z.maxLength(500))),
  rate: z.number().check(z.gte(RATE_MIN), z.lte(RATE_MAX)),
  volume: z.number().check(z.gte(0), z.lte(1)),
  chimes: z.boolean(),
  vibration: z.boolean(),
  /** Theme for browsing screens. */
  theme: z.enum(['light', 'dim', 'system']),
  /** Theme while a session runs. */
  sessionTheme: z.enum(['dim', 'light']),
  /** Start sessions in glance mode: extra-large type, readable from a metre away. */
  glance: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  speech: true,
  voiceURI: null,
  rate: 0.95,
  volume: 1,
  chimes: true,
  vibration: true,
  theme: 'system',
  sessionTheme: 'dim',
  glance: false,
});

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/**
 * What may be read back: every field is checked, missing ones take their default, so a field added
 * later does not need a new version. Unknown fields are dropped.
 */
const StoredSettings = z.partial(Settings);

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

function validatingStorage(storage: SafeStorage): PersistStorage<Partial<Settings>> {
  const setAside = (name: string, raw: string) => {
    storage.keepAside(name, raw);
    return null;
  };
  return {
    getItem(name) {
      const raw = storage.read(name);
      if (raw === null) return null;
      let value: StorageValue<unknown>;
      try {
        value = JSON.parse(raw) as StorageValue<unknown>;
      } catch {
        return setAside(name, raw);
      }
      // Only version 1 exists; anything else is kept aside rather than guessed at.
      if (typeof value !== 'object' || value === null || value.version !== SETTINGS_STORAGE_VERSION)
        return setAside(name, raw);
      const parsed = StoredSettings.safeParse(value.state);
      if (!parsed.success) return setAside(name, raw);
      return { state: parsed.data, version: SETTINGS_STORAGE_VERSION };
    },
    setItem(name, value) {
      // A refused write leaves the old value; the settings still apply for this visit.
      storage.write(name, JSON.stringify(value));
    },
    removeItem: (name) => storage.remove(name),
  };
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
      {
        name: SETTINGS_STORAGE_KEY,
        version: SETTINGS_STORAGE_VERSION,
        storage: validatingStorage(storage),
        partialize: (state) => pickSettings(state),
        merge: (persisted, current) => ({ ...current, ...(persisted as Partial<Settings>) }),
      },
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
