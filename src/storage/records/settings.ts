/**
 * Preferences: voice, chimes, vibration, theme, glance mode, lock-screen controls, the flash and the
 * receiver's panel.
 *
 * v1 {speech, voiceURI, rate, volume, chimes, vibration, theme, sessionTheme, glance}, later
 * {onlineVoice, lockScreen, flash, receiverView}. A field added later takes its default when missing, so it needs no
 * new version; unknown fields are dropped.
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
  /** May a voice that runs online be used (the step text is then sent to the voice's provider)? */
  onlineVoice: z.boolean(),
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
  /** Show the step on the lock screen and take play, pause and skip from there or a headset. */
  lockScreen: z.boolean(),
  /** Flash the screen edge at each new step and at "switch sides". */
  flash: z.boolean(),
  /** Partner sessions open on the receiver's panel: the one the phone was left on last time. */
  receiverView: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  speech: true,
  voiceURI: null,
  onlineVoice: false,
  rate: 0.95,
  volume: 1,
  chimes: true,
  vibration: true,
  theme: 'system',
  sessionTheme: 'dim',
  glance: false,
  lockScreen: true,
  flash: false,
  receiverView: false,
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
