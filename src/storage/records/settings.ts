/**
 * Preferences: voice, chimes, vibration, theme and glance mode.
 *
 * v1 {speech, voiceURI, rate, volume, chimes, vibration, theme, sessionTheme, glance}. A field added
 * later takes its default when missing, so it needs no new version; unknown fields are dropped.
 */
import { z } from 'zod/mini';
import { defineRecord, parseWith } from '../record';

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

const Stored = z.partial(Settings);

export const settingsRecord = defineRecord<Settings>({
  key: 'unknot:settings',
  version: 1,
  label: 'settings',
  parse(state) {
    const saved = parseWith(Stored)(state);
    return saved && { ...DEFAULT_SETTINGS, ...saved };
  },
  migrations: {},
  backup: {
    // Settings are one whole: the ones chosen on this device stay; a device that has none takes the file's.
    merge: (current, incoming) =>
      current === null ? { value: incoming, added: 1, skipped: 0 } : { value: current, added: 0, skipped: 1 },
  },
});
