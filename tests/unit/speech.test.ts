import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserSpeaker,
  hungAfterMs,
  mustStaySilent,
  onlyOnlineVoices,
  pickVoice,
  VOICES_WAIT_MS,
  type SpeakOptions,
  type VoiceInfo,
} from '../../src/devices/speech';
import { fakeSpeechSynthesis } from './fakeSpeech';

const voice = (name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
  voiceURI: `urn:${name}`,
  name,
  lang,
  localService: true,
  default: false,
  ...extra,
});

const daniel = voice('Daniel', 'en-GB');
const cloudGb = voice('Google UK English', 'en-GB', { localService: false, default: true });
const cloudUs = voice('Google US English', 'en-US', { localService: false });
const anna = voice('Anna', 'de-DE');

const opts = (extra: Partial<SpeakOptions> = {}): SpeakOptions => ({
  voiceURI: null,
  rate: 1,
  volume: 1,
  ...extra,
});

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('choosing a voice', () => {
  it('prefers a voice on the device, even over an online default', () => {
    expect(pickVoice([cloudGb, daniel], null, 'en-GB')).toBe(daniel);
    expect(pickVoice([cloudGb, daniel], null, 'en-GB', { allowOnline: true })).toBe(daniel);
  });

  it('uses an online voice only when allowed', () => {
    expect(pickVoice([cloudGb, cloudUs], null, 'en-GB')).toBeNull();
    expect(pickVoice([cloudGb, cloudUs], null, 'en-GB', { allowOnline: true })).toBe(cloudGb);
    expect(pickVoice([cloudGb, cloudUs], 'urn:Google US English', 'en-GB', { allowOnline: true })).toBe(
      cloudUs,
    );
    expect(onlyOnlineVoices([cloudGb, cloudUs])).toBe(true);
    expect(onlyOnlineVoices([cloudGb, daniel])).toBe(false);
    expect(onlyOnlineVoices([])).toBe(false);
  });

  it('with online English only, falls back on a local voice rather than let the browser pick online', () => {
    expect(pickVoice([cloudGb, anna], null, 'en-GB')).toBe(anna);
    // With only local voices the browser may choose among them, as before.
    expect(pickVoice([anna], null, 'en-GB')).toBeNull();
    expect(mustStaySilent(null, [anna], false)).toBe(false);
    expect(mustStaySilent(null, [cloudGb], false)).toBe(true);
    expect(mustStaySilent(null, [cloudGb], true)).toBe(false);
  });

  it('the speaker says nothing where only online voices exist and none is allowed', () => {
    const speech = fakeSpeechSynthesis({ voices: [cloudGb, cloudUs] });
    const speaker = createBrowserSpeaker();
    speaker.speak(['Halfway.'], opts());
    expect(speech.spoken()).toEqual([]);
    speaker.speak(['Halfway.'], opts({ allowOnline: true }));
    expect(speech.spoken()).toEqual(['Halfway.']);
    expect(speech.utterances[0]!.voice).toBe(cloudGb);
  });

  it('sets the utterance language from the voice', () => {
    const speech = fakeSpeechSynthesis({ voices: [voice('Karen', 'en-AU')] });
    createBrowserSpeaker().speak(['Halfway.'], opts());
    expect(speech.utterances[0]).toMatchObject({ lang: 'en-AU', voice: { name: 'Karen' } });
  });
});

describe('waiting for the voices', () => {
  it('holds the first lines until the browser lists its voices, then says them in the chosen voice', () => {
    const speech = fakeSpeechSynthesis();
    const speaker = createBrowserSpeaker();
    speaker.speak(['Flat-hand gliding.'], opts());
    speaker.speak(['Halfway.'], opts());
    expect(speech.spoken()).toEqual([]);
    speech.loadVoices([cloudGb, daniel]);
    expect(speech.spoken()).toEqual(['Flat-hand gliding.', 'Halfway.']);
    expect(speech.utterances.map((u) => u.voice)).toEqual([daniel, daniel]);
    // Nothing is said twice when the wait's timer runs out later.
    vi.advanceTimersByTime(VOICES_WAIT_MS);
    expect(speech.spoken()).toHaveLength(2);
  });

  it('waits no longer than VOICES_WAIT_MS, and only once', () => {
    const speech = fakeSpeechSynthesis();
    const speaker = createBrowserSpeaker();
    speaker.speak(['Flat-hand gliding.'], opts());
    vi.advanceTimersByTime(VOICES_WAIT_MS - 1);
    expect(speech.spoken()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(speech.spoken()).toEqual(['Flat-hand gliding.']);
    // A device with no voice list: the browser's own voice, in English.
    expect(speech.utterances[0]).toMatchObject({ voice: null, lang: 'en-GB' });
    speaker.speak(['Halfway.'], opts());
    expect(speech.spoken()).toEqual(['Flat-hand gliding.', 'Halfway.']);
  });

  it('a new step while waiting replaces what was held; cancel drops it', () => {
    const speech = fakeSpeechSynthesis();
    const speaker = createBrowserSpeaker();
    speaker.speak(['Ten seconds left.'], opts());
    speaker.speak(['Thumb circles.'], opts({ interrupt: true }));
    speech.loadVoices([daniel]);
    expect(speech.spoken()).toEqual(['Thumb circles.']);

    const later = fakeSpeechSynthesis();
    const other = createBrowserSpeaker();
    other.speak(['Halfway.'], opts());
    other.cancel();
    vi.advanceTimersByTime(VOICES_WAIT_MS);
    expect(later.spoken()).toEqual([]);
  });
});

describe('the watchdog for a hung utterance', () => {
  it('gives each chunk a generous time, longer for long text and slow speech', () => {
    expect(hungAfterMs('Halfway.', 1)).toBeGreaterThanOrEqual(4000);
    const long = 'x'.repeat(160);
    expect(hungAfterMs(long, 1)).toBeGreaterThan(15_000);
    expect(hungAfterMs(long, 0.7)).toBeGreaterThan(hungAfterMs(long, 1));
  });

  it('cancels an utterance whose end never comes, and the next cue is then said', () => {
    const speech = fakeSpeechSynthesis({ voices: [daniel] });
    const speaker = createBrowserSpeaker();
    const first = 'Glide both hands up from the hips to the middle of the back.';
    speaker.speak([first], opts());
    speech.startNext();
    // The next cue queues behind it; the engine is stuck on the first and never ends it.
    speaker.speak(['Halfway.'], opts());
    expect(speech.calls).toEqual([`speak ${first} @1`, 'speak Halfway. @1']);
    vi.advanceTimersByTime(hungAfterMs(first, 1) - 1);
    expect(speech.calls).not.toContain('cancel');
    vi.advanceTimersByTime(1);
    expect(speech.calls.slice(2)).toEqual(['cancel', 'speak Halfway. @1']);
    // The queue moves again: "Halfway." is what the engine says next.
    expect(speech.endNext()).toBe('Halfway.');
  });

  it('leaves alone utterances that end in time, however many', () => {
    const speech = fakeSpeechSynthesis({ voices: [daniel] });
    const speaker = createBrowserSpeaker();
    speaker.speak(['One. Two. Three.'], opts());
    for (let i = 0; i < 3; i++) {
      vi.advanceTimersByTime(hungAfterMs('One.', 1) - 100);
      speech.endNext();
    }
    vi.advanceTimersByTime(60_000);
    expect(speech.calls).not.toContain('cancel');
  });

  it('times from the moment an utterance starts, not from when it was queued', () => {
    const speech = fakeSpeechSynthesis({ voices: [daniel] });
    const speaker = createBrowserSpeaker();
    speaker.speak(['Check in.'], opts());
    const bound = hungAfterMs('Check in.', 1);
    vi.advanceTimersByTime(bound - 100);
    // It began late (something else was still being said); it now has its whole time again.
    speech.startNext();
    vi.advanceTimersByTime(bound - 100);
    expect(speech.calls).not.toContain('cancel');
    vi.advanceTimersByTime(100);
    expect(speech.calls).toContain('cancel');
  });

  it('a new step spoken with interrupt drops what is queued and is said at once', () => {
    const speech = fakeSpeechSynthesis({ voices: [daniel] });
    const speaker = createBrowserSpeaker();
    speaker.speak(['Ten seconds left.', 'Next up: Thumb circles.'], opts());
    speaker.speak(['Go lighter.'], opts({ interrupt: true }));
    expect(speech.calls.slice(-2)).toEqual(['cancel', 'speak Go lighter. @1']);
    expect(speech.endNext()).toBe('Go lighter.');
    // The dropped lines are not brought back by the watchdog later.
    vi.advanceTimersByTime(120_000);
    expect(speech.spoken().filter((t) => t.startsWith('Next up'))).toHaveLength(1);
  });
});
