import { act, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Component as SettingsRoute } from '../../src/app/routes/settings';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  settingsStore,
  useSettings,
} from '../../src/features/settings/settingsStore';
import { connectTheme, resolveTheme } from '../../src/features/settings/theme';
import { safeStorage } from '../../src/storage/safeStorage';
import type { VoiceInfo } from '../../src/devices/speech';
import { fakeSpeechSynthesis } from './fakeSpeech';
import { settingsRecord } from '../../src/storage/records/settings';

const SETTINGS_STORAGE_KEY = settingsRecord.key;

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = safeStorage(
    () =>
      ({
        getItem: (k: string) => data.get(k) ?? null,
        setItem: (k: string, v: string) => void data.set(k, v),
        removeItem: (k: string) => void data.delete(k),
      }) as Storage,
  );
  return { data, storage };
}

const settings = () => settingsStore.getState();

const voice = (name: string, lang: string): VoiceInfo => ({
  voiceURI: `urn:${name}`,
  name,
  lang,
  localService: true,
  default: false,
});

beforeEach(() => {
  act(() => settings().actions.reset());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the settings screen', () => {
  it('switches voice, chimes, vibration and glance mode with labelled checkboxes', async () => {
    const user = userEvent.setup();
    render(<SettingsRoute />);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();

    const speak = screen.getByRole('checkbox', { name: 'Speak steps and cues aloud' });
    expect(speak).toBeChecked();
    await user.click(speak);
    expect(settings().speech).toBe(false);
    expect(speak).not.toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: /^Chime at each new step/ }));
    expect(settings().chimes).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Vibrate on each cue' }));
    expect(settings().vibration).toBe(false);

    const glance = screen.getByRole('checkbox', { name: 'Start sessions in glance mode' });
    expect(glance).toHaveAccessibleDescription(/readable from a metre away/);
    await user.click(glance);
    expect(settings().glance).toBe(true);

    // Saved on this device, versioned.
    const saved = JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY)!);
    expect(saved).toMatchObject({ version: 1, state: { speech: false, chimes: false, glance: true } });

    await user.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(settings()).toMatchObject(DEFAULT_SETTINGS);
    expect(speak).toBeChecked();
  });

  it('sets speaking speed and volume with labelled sliders', () => {
    render(<SettingsRoute />);
    const rate = screen.getByRole('slider', { name: 'Speaking speed' });
    expect(rate).toHaveValue('0.95');
    expect(rate).toHaveAttribute('aria-valuetext', '0.95 times, a little slow');
    fireEvent.change(rate, { target: { value: '1.2' } });
    expect(settings().rate).toBe(1.2);
    expect(rate).toHaveAttribute('aria-valuetext', '1.20 times, fast');

    const volume = screen.getByRole('slider', { name: 'Volume' });
    fireEvent.change(volume, { target: { value: '0.4' } });
    expect(settings().volume).toBe(0.4);
    expect(volume).toHaveAttribute('aria-valuetext', '40%');
  });

  it('picks the theme for browsing and for sessions', async () => {
    const user = userEvent.setup();
    render(<SettingsRoute />);
    const browsing = screen.getByRole('group', { name: 'Theme while browsing' });
    expect(within(browsing).getByRole('radio', { name: 'Match device' })).toBeChecked();
    await user.click(within(browsing).getByRole('radio', { name: 'Dim' }));
    expect(settings().theme).toBe('dim');

    const during = screen.getByRole('group', { name: 'Theme during sessions' });
    expect(within(during).getByRole('radio', { name: 'Dim' })).toBeChecked();
    await user.click(within(during).getByRole('radio', { name: 'Light' }));
    expect(settings().sessionTheme).toBe('light');
  });

  it('lists the device’s voices once they load, and saves the choice', async () => {
    const user = userEvent.setup();
    const speech = fakeSpeechSynthesis();
    render(<SettingsRoute />);
    expect(screen.getByText(/This device has no voices for speech/)).toBeInTheDocument();
    act(() => speech.loadVoices([voice('Daniel', 'en-GB'), voice('Anna', 'de-DE')]));
    expect(screen.queryByText(/no voices/)).not.toBeInTheDocument();

    const picker = screen.getByRole('combobox', { name: 'Voice' });
    expect(within(picker).getByRole('option', { name: 'Daniel (en-GB)' })).toBeInTheDocument();
    await user.selectOptions(picker, 'Daniel (en-GB)');
    expect(settings().voiceURI).toBe('urn:Daniel');
    await user.selectOptions(picker, 'Automatic');
    expect(settings().voiceURI).toBeNull();
  });

  it('"Test voice" speaks a sample line through the speaker', async () => {
    const user = userEvent.setup();
    const speech = fakeSpeechSynthesis({ voices: [voice('Daniel', 'en-GB')] });
    render(<SettingsRoute />);
    await user.click(screen.getByRole('button', { name: 'Test voice' }));
    expect(speech.spoken()).toEqual([
      'Flat-hand gliding.',
      'Use flat hands, medium pressure.',
      'Ten seconds left.',
    ]);
  });

  it('with only online voices, says plainly that it stays silent and lets the person allow one', async () => {
    const user = userEvent.setup();
    const cloud = { ...voice('Google UK English', 'en-GB'), localService: false };
    const speech = fakeSpeechSynthesis({ voices: [cloud] });
    render(<SettingsRoute />);
    const voiceGroup = screen.getByRole('group', { name: 'Voice' });
    expect(within(voiceGroup).getByRole('note')).toHaveTextContent(
      /Every voice on this device runs online, so Unknot stays silent/,
    );
    const picker = screen.getByRole('combobox', { name: 'Voice' });
    expect(within(picker).getByRole('option', { name: 'Google UK English (en-GB) · online' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Test voice' }));
    expect(speech.spoken()).toEqual([]);

    const online = screen.getByRole('checkbox', { name: 'Use an online voice' });
    expect(online).not.toBeChecked();
    expect(online).toHaveAccessibleDescription(/step text is then sent to the voice’s provider/);
    await user.click(online);
    expect(settings().onlineVoice).toBe(true);
    expect(within(voiceGroup).queryByRole('note')).not.toBeInTheDocument();
    expect(within(picker).getByRole('option', { name: 'Google UK English (en-GB) · online' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Test voice' }));
    expect(speech.spoken()).toEqual([
      'Flat-hand gliding.',
      'Use flat hands, medium pressure.',
      'Ten seconds left.',
    ]);
  });

  it('offers no online choice where every voice is on the device', () => {
    fakeSpeechSynthesis({ voices: [voice('Daniel', 'en-GB')] });
    render(<SettingsRoute />);
    expect(screen.queryByRole('checkbox', { name: 'Use an online voice' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Voice' })).queryByRole('note')).not.toBeInTheDocument();
  });

  it('a chosen online voice is set aside while online voices are not allowed', () => {
    const cloud = { ...voice('Google UK English', 'en-GB'), localService: false };
    fakeSpeechSynthesis({ voices: [voice('Daniel', 'en-GB'), cloud] });
    act(() => settings().actions.update({ voiceURI: cloud.voiceURI }));
    render(<SettingsRoute />);
    const picker = screen.getByRole('combobox', { name: 'Voice' });
    expect(picker).toHaveValue('');
    expect(picker).toHaveAccessibleDescription(/runs online, which is not allowed/);
  });

  it('lock-screen controls are on and the flash off until changed', async () => {
    const user = userEvent.setup();
    render(<SettingsRoute />);
    const lockScreen = screen.getByRole('checkbox', { name: 'Lock-screen controls' });
    expect(lockScreen).toBeChecked();
    expect(lockScreen).toHaveAccessibleDescription(/pause or skip from there or from headphones/);
    await user.click(lockScreen);
    expect(settings().lockScreen).toBe(false);

    const flash = screen.getByRole('checkbox', { name: 'Flash at step changes' });
    expect(flash).not.toBeChecked();
    expect(flash).toHaveAccessibleDescription(/each new step and at “switch sides”/);
    await user.click(flash);
    expect(settings().flash).toBe(true);
    const saved = JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY)!);
    expect(saved).toMatchObject({
      version: 1,
      state: { lockScreen: false, flash: true, onlineVoice: false },
    });
  });

  it('says clearly when the browser cannot speak or vibrate', () => {
    render(<SettingsRoute />);
    expect(screen.getByText(/This browser can’t speak aloud/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Test voice' })).toBeDisabled();
    expect(screen.getByText(/can’t vibrate/)).toBeInTheDocument();
  });

  it('"Play chime" rings a chime made with Web Audio', async () => {
    const user = userEvent.setup();
    const tones: number[] = [];
    const param = () => ({
      setValueAtTime: vi.fn(),
      linearRampToValueAtTime: vi.fn(),
      exponentialRampToValueAtTime: vi.fn(),
    });
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      resume = () => Promise.resolve();
      createGain = () => ({ gain: param(), connect: vi.fn() });
      createBuffer = () => ({});
      createBufferSource = () => ({ connect: vi.fn(), start: vi.fn(), buffer: null });
      createOscillator() {
        const frequency = { ...param(), setValueAtTime: (hz: number) => tones.push(hz) };
        return { type: 'sine', frequency, connect: vi.fn(), start: vi.fn(), stop: vi.fn() };
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    render(<SettingsRoute />);
    await user.click(screen.getByRole('button', { name: 'Play chime' }));
    expect(tones.length).toBeGreaterThan(0);
  });
});

describe('saved settings', () => {
  it('come back as they were saved', () => {
    const mem = memoryStorage();
    const first = createSettingsStore(mem.storage);
    first.getState().actions.update({ rate: 1.1, theme: 'dim', voiceURI: 'urn:Daniel' });
    const second = createSettingsStore(mem.storage);
    expect(second.getState()).toMatchObject({
      rate: 1.1,
      theme: 'dim',
      voiceURI: 'urn:Daniel',
      speech: true,
    });
  });

  it.each([
    ['not JSON', '{"state": {"speech": fal'],
    ['a value out of range', JSON.stringify({ state: { ...DEFAULT_SETTINGS, rate: 5 }, version: 1 })],
    ['a wrong type', JSON.stringify({ state: { speech: 'yes' }, version: 1 })],
    ['an unknown version', JSON.stringify({ state: DEFAULT_SETTINGS, version: 7 })],
  ])('fall back to defaults and keep %s aside', (_, raw) => {
    const mem = memoryStorage({ [SETTINGS_STORAGE_KEY]: raw });
    const store = createSettingsStore(mem.storage);
    expect(store.getState()).toMatchObject(DEFAULT_SETTINGS);
    const aside = [...mem.data.entries()].filter(([k]) =>
      k.startsWith(`${SETTINGS_STORAGE_KEY}:unreadable:`),
    );
    expect(aside.map(([, v]) => v)).toEqual([raw]);
    // Moved, not copied: the next visit finds nothing unreadable and sets nothing more aside.
    expect(mem.data.has(SETTINGS_STORAGE_KEY)).toBe(false);
    createSettingsStore(mem.storage);
    expect([...mem.data.keys()].filter((k) => k.includes(':unreadable:'))).toHaveLength(1);
  });

  it('fill fields missing from an older save with their defaults', () => {
    const mem = memoryStorage({
      [SETTINGS_STORAGE_KEY]: JSON.stringify({ state: { chimes: false }, version: 1 }),
    });
    expect(createSettingsStore(mem.storage).getState()).toMatchObject({ ...DEFAULT_SETTINGS, chimes: false });
  });

  it('give a save from before the lock-screen, flash and online-voice settings their defaults', () => {
    const before = {
      speech: true,
      voiceURI: null,
      rate: 1,
      volume: 1,
      chimes: true,
      vibration: false,
      theme: 'dim',
      sessionTheme: 'dim',
      glance: false,
    };
    const mem = memoryStorage({ [SETTINGS_STORAGE_KEY]: JSON.stringify({ state: before, version: 1 }) });
    expect(createSettingsStore(mem.storage).getState()).toMatchObject({
      vibration: false,
      lockScreen: true,
      flash: false,
      onlineVoice: false,
    });
  });

  it('clamp numbers to their range and ignore invalid values', () => {
    const store = createSettingsStore(memoryStorage().storage);
    store.getState().actions.update({ rate: 3, volume: -1 });
    expect(store.getState()).toMatchObject({ rate: 1.3, volume: 0 });
    store.getState().actions.update({ theme: 'neon' as never, speech: false });
    expect(store.getState()).toMatchObject({ theme: 'system', speech: false });
  });

  it('give hooks a stable object while nothing changes', () => {
    const store = createSettingsStore(memoryStorage().storage);
    const { result, rerender } = renderHook(() => useSettings(store));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    act(() => store.getState().actions.update({ glance: true }));
    expect(result.current).not.toBe(first);
    expect(result.current.glance).toBe(true);
  });
});

describe('theme', () => {
  it('resolves "Match device" from the device preference', () => {
    expect(resolveTheme('system', true)).toBe('dim');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('keeps data-theme on the page in step with the setting', () => {
    const store = createSettingsStore(memoryStorage().storage);
    const root = document.createElement('div');
    const stop = connectTheme(store, root);
    expect(root.dataset.theme).toBe('light');
    store.getState().actions.update({ theme: 'dim' });
    expect(root.dataset.theme).toBe('dim');
    stop();
    store.getState().actions.update({ theme: 'light' });
    expect(root.dataset.theme).toBe('dim');
  });
});
