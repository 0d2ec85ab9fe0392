import { useId } from 'react';
import { chimes } from '../../devices/chime';
import { onlyOnlineVoices, speaker, speechSupported, unlockAudio } from '../../devices/speech';
import { vibration, vibrationSupported } from '../../devices/vibration';
import { RATE_MAX, RATE_MIN, useSetting, useSettingsActions, type Settings } from './settingsStore';
import { useVoices } from './useVoices';
import { BackupSection } from './BackupSection';
import './settings.css';

/** A line for the "Test voice" button: what a real step sounds like. */
const SAMPLE_LINES: readonly string[] = [
  'Flat-hand gliding.',
  'Use flat hands, medium pressure.',
  'Ten seconds left.',
];

const rateWords = (rate: number) =>
  rate < 0.85
    ? 'slow'
    : rate < 0.98
      ? 'a little slow'
      : rate <= 1.02
        ? 'normal'
        : rate <= 1.15
          ? 'a little fast'
          : 'fast';

const formatRate = (rate: number) => `${rate.toFixed(2)}×`;
const formatVolume = (volume: number) => `${Math.round(volume * 100)}%`;

/**
 * Voice, sounds, vibration, the flash, theme, glance mode and lock-screen controls (every change is saved
 * on this device at once), and a backup of everything the person keeps.
 */
export function SettingsScreen() {
  const { reset } = useSettingsActions();
  return (
    <div className="page settings-page">
      <h1>Settings</h1>
      <p className="lede">
        How Unknot guides you when your hands are busy. Changes are saved on this device.
      </p>
      <VoiceSettings />
      <SoundSettings />
      <ThemeSettings />
      <PlayerSettings />
      <div className="button-row">
        <button type="button" className="button" onClick={reset}>
          Restore defaults
        </button>
      </div>
      <BackupSection />
    </div>
  );
}

function Toggle({
  setting,
  label,
  hint,
}: {
  setting: 'speech' | 'chimes' | 'vibration' | 'glance' | 'onlineVoice' | 'lockScreen' | 'flash';
  label: string;
  hint?: string;
}) {
  const value = useSetting(setting);
  const { update } = useSettingsActions();
  const hintId = useId();
  return (
    <>
      <label className="check-row">
        <input
          type="checkbox"
          checked={value}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => update({ [setting]: e.target.checked })}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p className="hint settings-row-hint" id={hintId}>
          {hint}
        </p>
      )}
    </>
  );
}

function VoiceSettings() {
  const voiceURI = useSetting('voiceURI');
  const rate = useSetting('rate');
  const volume = useSetting('volume');
  const allowOnline = useSetting('onlineVoice');
  const { update } = useSettingsActions();
  const voices = useVoices();
  const supported = speechSupported();
  const ids = { voice: useId(), rate: useId(), volume: useId() };
  const english = voices.filter((v) => /^en/i.test(v.lang));
  const others = voices.filter((v) => !/^en/i.test(v.lang));
  const saved = voices.find((v) => v.voiceURI === voiceURI);
  const savedMissing = voiceURI !== null && voices.length > 0 && !saved;
  // A chosen online voice is set aside while online voices are not allowed.
  const savedRefused = saved !== undefined && !saved.localService && !allowOnline;
  const onlineOnly = onlyOnlineVoices(voices);
  const anyOnline = voices.some((v) => !v.localService);

  const testVoice = () => {
    unlockAudio();
    speaker.speak(SAMPLE_LINES, { voiceURI, rate, volume, allowOnline, interrupt: true });
  };

  return (
    <fieldset className="check-group settings-group">
      <legend>Voice</legend>
      <Toggle setting="speech" label="Speak steps and cues aloud" />
      {!supported ? (
        <p className="hint" role="note">
          This browser can’t speak aloud. Chimes, vibration and the screen still guide you.
        </p>
      ) : voices.length === 0 ? (
        <p className="hint" role="note">
          This device has no voices for speech yet, so Unknot can’t speak. You can add a voice in your
          device’s text-to-speech settings; chimes and vibration still work.
        </p>
      ) : onlineOnly && !allowOnline ? (
        <p className="hint settings-warning" role="note">
          Every voice on this device runs online, so Unknot stays silent: an online voice would send the step
          text to the company that runs it, and stops working without a connection. You can allow one below,
          or add a voice in your device’s text-to-speech settings. Chimes and vibration still work.
        </p>
      ) : null}

      <div className="settings-field">
        <label htmlFor={ids.voice}>Voice</label>
        <select
          id={ids.voice}
          value={savedMissing || savedRefused ? '' : (voiceURI ?? '')}
          aria-describedby={`${ids.voice}-hint`}
          onChange={(e) => update({ voiceURI: e.target.value || null })}
          disabled={voices.length === 0}
        >
          <option value="">Automatic</option>
          {english.length > 0 && (
            <optgroup label="English">
              {english.map((v) => (
                <VoiceOption key={v.voiceURI} voice={v} allowOnline={allowOnline} />
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label="Other languages">
              {others.map((v) => (
                <VoiceOption key={v.voiceURI} voice={v} allowOnline={allowOnline} />
              ))}
            </optgroup>
          )}
        </select>
        <p className="hint" id={`${ids.voice}-hint`}>
          {savedMissing
            ? 'Your chosen voice isn’t on this device, so an automatic one is used.'
            : savedRefused
              ? 'Your chosen voice runs online, which is not allowed, so an automatic one is used.'
              : 'Automatic picks an English voice installed on this device.'}
        </p>
      </div>

      {anyOnline && (
        <Toggle
          setting="onlineVoice"
          label="Use an online voice"
          hint="The step text is then sent to the voice’s provider (such as Google or Microsoft) to be spoken, and speech needs a connection."
        />
      )}

      <Slider
        id={ids.rate}
        label="Speaking speed"
        min={RATE_MIN}
        max={RATE_MAX}
        step={0.05}
        value={rate}
        shown={formatRate(rate)}
        spoken={`${formatRate(rate).replace('×', ' times')}, ${rateWords(rate)}`}
        onChange={(value) => update({ rate: value })}
      />
      <Slider
        id={ids.volume}
        label="Volume"
        min={0}
        max={1}
        step={0.05}
        value={volume}
        shown={formatVolume(volume)}
        spoken={formatVolume(volume)}
        onChange={(value) => update({ volume: value })}
        hint="For the voice and the chimes. The phone’s own volume still applies."
      />

      <div className="button-row">
        <button type="button" className="button" onClick={testVoice} disabled={!supported}>
          Test voice
        </button>
      </div>
    </fieldset>
  );
}

function VoiceOption({
  voice,
  allowOnline,
}: {
  voice: { voiceURI: string; name: string; lang: string; localService: boolean };
  allowOnline: boolean;
}) {
  return (
    <option value={voice.voiceURI} disabled={!voice.localService && !allowOnline}>
      {voice.name} ({voice.lang}){voice.localService ? '' : ' · online'}
    </option>
  );
}

function Slider(props: {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  shown: string;
  spoken: string;
  hint?: string;
  onChange(value: number): void;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div className="settings-field">
      <div className="settings-slider-label">
        <label htmlFor={props.id}>{props.label}</label>
        <output htmlFor={props.id} aria-hidden="true">
          {props.shown}
        </output>
      </div>
      <input
        id={props.id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={props.spoken}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

function SoundSettings() {
  const volume = useSetting('volume');
  const canChime = chimes.available();
  const canVibrate = vibrationSupported();
  const playChime = () => {
    unlockAudio();
    chimes.play('step', volume);
  };
  return (
    <fieldset className="check-group settings-group">
      <legend>Chimes and vibration</legend>
      <Toggle setting="chimes" label="Chime at each new step, switch of sides and the end" />
      {canChime ? (
        <div className="button-row">
          <button type="button" className="button small" onClick={playChime}>
            Play chime
          </button>
        </div>
      ) : (
        <p className="hint" role="note">
          This browser can’t play chimes.
        </p>
      )}
      <Toggle setting="vibration" label="Vibrate on each cue" />
      {canVibrate ? (
        <div className="button-row">
          <button type="button" className="button small" onClick={() => vibration.vibrate('step-start')}>
            Try vibration
          </button>
        </div>
      ) : (
        <p className="hint" role="note">
          This device or browser can’t vibrate (iPhones and most computers don’t), so this setting has no
          effect here.
        </p>
      )}
    </fieldset>
  );
}

function ThemeChoice<K extends 'theme' | 'sessionTheme'>({
  setting,
  legend,
  hint,
  options,
}: {
  setting: K;
  legend: string;
  hint: string;
  options: readonly { value: Settings[K]; label: string }[];
}) {
  const value = useSetting(setting);
  const { update } = useSettingsActions();
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="check-group settings-group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p className="hint" id={hintId}>
        {hint}
      </p>
      {options.map((option) => (
        <label className="check-row" key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => update({ [setting]: option.value } as Partial<Settings>)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ThemeSettings() {
  return (
    <>
      <ThemeChoice
        setting="theme"
        legend="Theme while browsing"
        hint="Routines, techniques and these settings."
        options={[
          { value: 'light', label: 'Light' },
          { value: 'dim', label: 'Dim' },
          { value: 'system', label: 'Match device' },
        ]}
      />
      <ThemeChoice
        setting="sessionTheme"
        legend="Theme during sessions"
        hint="Dim is easy on the eyes in a darkened room."
        options={[
          { value: 'dim', label: 'Dim' },
          { value: 'light', label: 'Light' },
        ]}
      />
    </>
  );
}

function PlayerSettings() {
  return (
    <fieldset className="check-group settings-group">
      <legend>Session screen</legend>
      <Toggle
        setting="glance"
        label="Start sessions in glance mode"
        hint="An extra-large timer and step name, readable from a metre away."
      />
      <Toggle
        setting="flash"
        label="Flash at step changes"
        hint="The edge of the screen lights up at each new step and at “switch sides”: for noisy rooms."
      />
      <Toggle
        setting="lockScreen"
        label="Lock-screen controls"
        hint="Shows the step on the lock screen, and lets you pause or skip from there or from headphones. A silent sound plays while a session runs so the phone shows them."
      />
    </fieldset>
  );
}
