import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ms } from '../../src/lib/units';
import { findRoutine } from '../../src/features/routines/source';
import { connectHandsFree, sessionPlace, type HandsFreeAdapters } from '../../src/features/handsfree/connect';
import {
  createBrowserMediaSession,
  type MediaHandlers,
  type MediaInfo,
  type MediaPosition,
} from '../../src/devices/mediaSession';
import { createBrowserSilentAudio, SILENT_CLIP_URL } from '../../src/devices/silentAudio';
import { createBrowserFlash, FLASH_MS } from '../../src/features/handsfree/flash';
import { chunkLines, createBrowserSpeaker, pickVoice, type VoiceInfo } from '../../src/devices/speech';
import { scriptForRoutine } from '../../src/features/handsfree/speechScript';
import { createBrowserWakeLock, type WakeLockStatus } from '../../src/devices/wakeLock';
import { viewAt } from '../../src/engine/session';
import { createSessionStore } from '../../src/features/session/store';
import { createSettingsStore } from '../../src/features/settings/settingsStore';
import { manualClock } from '../../src/lib/clock';
import { safeStorage } from '../../src/storage/safeStorage';
import { testRoutine } from './fixtures';
import { fakeSpeechSynthesis } from './fakeSpeech';

const lowerBack = findRoutine('partner-lower-back')!;

function memoryStorage() {
  const data = new Map<string, string>();
  return safeStorage(
    () =>
      ({
        getItem: (k: string) => data.get(k) ?? null,
        setItem: (k: string, v: string) => void data.set(k, v),
        removeItem: (k: string) => void data.delete(k),
      }) as Storage,
  );
}

/** Fake adapters that write down what the app would say, ring, buzz and lock. */
function recordingAdapters() {
  const said: string[] = [];
  const speech: { text: string; interrupt: boolean }[] = [];
  const chimes: string[] = [];
  const buzzes: string[] = [];
  const lock: string[] = [];
  const media: {
    playback: string[];
    info: (MediaInfo | null)[];
    position: (MediaPosition | null)[];
    handlers: MediaHandlers | null;
  } = {
    playback: [],
    info: [],
    position: [],
    handlers: null,
  };
  /** The lock-screen clip: 'play' and 'stop', as asked. */
  const audio: string[] = [];
  const flashes: string[] = [];
  let visible = true;
  const visibilityListeners = new Set<(visible: boolean) => void>();
  const adapters: HandsFreeAdapters = {
    speaker: {
      speak(lines, opts) {
        said.push(lines.join(' '));
        speech.push({ text: lines.join(' '), interrupt: Boolean(opts.interrupt) });
      },
      cancel: () => said.push('(silence)'),
      available: () => true,
    },
    chimes: { play: (kind) => chimes.push(kind), available: () => true },
    vibration: { vibrate: (kind) => buzzes.push(kind), supported: () => true },
    wakeLock: { acquire: () => lock.push('acquire'), release: () => lock.push('release') },
    mediaSession: {
      setMetadata: (info) => media.info.push(info),
      setPlaybackState: (state) => media.playback.push(state),
      setPosition: (position) => media.position.push(position),
      setHandlers: (handlers) => void (media.handlers = handlers),
    },
    lockScreenAudio: { play: () => audio.push('play'), stop: () => audio.push('stop') },
    flash: { flash: (kind) => flashes.push(kind) },
    page: {
      visible: () => visible,
      onChange(listener) {
        visibilityListeners.add(listener);
        return () => visibilityListeners.delete(listener);
      },
    },
  };
  const setVisible = (next: boolean) => {
    visible = next;
    visibilityListeners.forEach((l) => l(next));
  };
  return { adapters, said, speech, chimes, buzzes, lock, media, audio, flashes, setVisible };
}

function setup() {
  const clock = manualClock();
  const store = createSessionStore({ clock, storage: safeStorage() });
  const settings = createSettingsStore(memoryStorage());
  const rec = recordingAdapters();
  const disconnect = connectHandsFree(store, settings, rec.adapters);
  const actions = store.getState().actions;
  /** Moves time on as the ticker would: a tick every 250 ms. */
  const run = (ms: number) => {
    for (let t = 0; t < ms; t += 250) {
      clock.advance(250);
      actions.tick();
    }
  };
  /** A jump with no ticks in between: a locked phone, a hidden tab. */
  const jump = (ms: number) => {
    clock.advance(ms);
    actions.tick();
  };
  const view = () => viewAt(store.getState().record!.engine, clock.now());
  return { store, clock, settings, actions, run, jump, view, disconnect, ...rec };
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe('connectHandsFree: cues become speech, chimes and vibration', () => {
  it('speaks each cue of a routine once, in order, to the end', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.run(125_000);
    expect(t.said).toEqual(scriptForRoutine(testRoutine).map((e) => e.lines.join(' ')));
    expect(t.said.slice(0, 3)).toEqual([
      'Flat-hand gliding. Use flat hands, light pressure. Glide both hands up from the hips to the middle of the back.',
      'Halfway.',
      'Ten seconds left. Next up: Thumb circles.',
    ]);
    expect(t.said.at(-1)).toBe('Session complete. Drape a towel and let them rest.');
    expect(t.chimes).toEqual(['step', 'ten-seconds', 'step', 'ten-seconds', 'finished']);
    expect(t.buzzes).toEqual([
      'step-start',
      'halfway',
      'ten-seconds',
      'step-start',
      'check-in',
      'halfway',
      'ten-seconds',
      'finished',
    ]);
  });

  it('a new step or the end cuts off what is still being said; other cues queue', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.run(125_000);
    expect(t.speech.map((s) => `${s.interrupt ? '!' : ' '}${s.text.split('.')[0]}`)).toEqual([
      '!Flat-hand gliding',
      ' Halfway',
      ' Ten seconds left',
      '!Thumb circles',
      ' Check in',
      ' Halfway',
      ' Ten seconds left',
      '!Session complete',
    ]);
  });

  it('speaks the partner lower-back routine: sides and check-ins', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(lowerBack);
    // Through the end of the third step.
    t.run(lowerBack.steps.slice(0, 3).reduce((sum, s) => sum + s.duration.default * 1000, 0));
    const expected = scriptForRoutine(lowerBack)
      .filter((e) => e.stepIndex <= 2)
      .filter((e) => e.kind !== 'finished')
      .map((e) => e.lines.join(' '));
    expect(t.said.slice(0, expected.length)).toEqual(expected);
    expect(t.said).toContain('Switch sides.');
    expect(t.said).toContain('Check in. Ask: how does that feel?');
    expect(t.chimes.slice(0, 7)).toEqual([
      'step',
      'ten-seconds',
      'step',
      'ten-seconds',
      'step',
      'switch-sides',
      'ten-seconds',
    ]);
  });

  it('after a 60 s gap with no ticks, speaks only the current step, once', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(lowerBack);
    t.run((lowerBack.steps[0]!.duration.default - 30) * 1000);
    t.said.length = 0;
    t.chimes.length = 0;
    t.buzzes.length = 0;
    t.jump(60_000);
    expect(t.view().stepIndex).toBe(1);
    expect(t.said).toEqual([
      'Heel-of-hand circles. Use the heels of your hands, medium pressure. Heels of the hands low beside the spine. Circle outward and upward around the hips and lower back.',
    ]);
    expect(t.chimes).toEqual(['step']);
    expect(t.buzzes).toEqual(['step-start']);
    // Nothing more until the next cue falls due.
    t.run(20_000);
    expect(t.said).toHaveLength(1);
  });

  it('after a gap that crosses the end, says only that the session is complete', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.said.length = 0;
    t.chimes.length = 0;
    t.jump(10 * 60_000);
    expect(t.said).toEqual(['Session complete. Drape a towel and let them rest.']);
    expect(t.chimes).toEqual(['finished']);
  });

  it('is silent where speech, chimes or vibration are switched off', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.settings.getState().actions.update({ speech: false, chimes: false, vibration: false });
    t.actions.startSession(testRoutine);
    t.run(125_000);
    expect(t.speech).toEqual([]);
    expect(t.chimes).toEqual([]);
    expect(t.buzzes).toEqual([]);
    // The screen is still kept on.
    expect(t.lock[0]).toBe('acquire');
  });

  it('each channel switches off on its own', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.settings.getState().actions.update({ chimes: false });
    t.actions.startSession(testRoutine);
    expect(t.said).toHaveLength(1);
    expect(t.chimes).toEqual([]);
    expect(t.buzzes).toEqual(['step-start']);
  });

  it('switching speech off mid-sentence stops the voice', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.settings.getState().actions.update({ speech: false });
    expect(t.said.at(-1)).toBe('(silence)');
  });

  it('at the daily cap it says the session ended, and nothing about the step that would have come', () => {
    const t = setup();
    t.actions.startSession(testRoutine, { capMs: ms(59_000) });
    t.run(70_000);
    expect(t.store.getState().record?.engine.stopReason).toBe('daily-cap');
    expect(t.said.at(-1)).toBe('That’s today’s 15 minutes of self-massage. Stop here and rest.');
    expect(t.said.filter((line) => line.startsWith(testRoutine.steps[1]!.name))).toEqual([]);
  });

  it('gives no double cues: a second connection replaces the first', () => {
    const t = setup();
    const second = recordingAdapters();
    const disconnect = connectHandsFree(t.store, t.settings, second.adapters);
    cleanup = disconnect;
    t.actions.startSession(testRoutine);
    t.run(70_000);
    expect(t.said).toEqual([]);
    expect(second.said).toEqual(
      scriptForRoutine(testRoutine)
        .slice(0, 4)
        .map((e) => e.lines.join(' ')),
    );
    disconnect();
    t.run(10_000);
    expect(second.said).toHaveLength(4);
  });

  it('uses the voice, speed and volume from settings', () => {
    const t = setup();
    cleanup = t.disconnect;
    const speak = vi.spyOn(t.adapters.speaker, 'speak');
    t.settings.getState().actions.update({ voiceURI: 'x-voice', rate: 1.2, volume: 0.5 });
    t.actions.startSession(testRoutine);
    expect(speak).toHaveBeenCalledWith(expect.any(Array), {
      voiceURI: 'x-voice',
      rate: 1.2,
      volume: 0.5,
      allowOnline: false,
      interrupt: true,
    });
    t.settings.getState().actions.update({ onlineVoice: true });
    t.actions.nextStep();
    expect(speak).toHaveBeenLastCalledWith(expect.any(Array), expect.objectContaining({ allowOnline: true }));
  });
});

describe('connectHandsFree: the flash for noisy rooms', () => {
  it('is off by default', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(lowerBack);
    t.run(lowerBack.steps.slice(0, 3).reduce((sum, s) => sum + s.duration.default * 1000, 0));
    expect(t.flashes).toEqual([]);
  });

  it('flashes at each new step and at "switch sides", and at nothing else', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.settings.getState().actions.update({ flash: true });
    t.actions.startSession(lowerBack);
    expect(t.flashes).toEqual(['step']);
    // Through step 3, worked one side at a time: halfway, check-ins and "ten seconds" don't flash.
    t.run(lowerBack.steps.slice(0, 3).reduce((sum, s) => sum + s.duration.default * 1000, 0) - 1000);
    expect(t.flashes).toEqual(['step', 'step', 'step', 'switch-sides']);
    t.actions.nextStep();
    expect(t.flashes).toEqual(['step', 'step', 'step', 'switch-sides', 'step']);
  });
});

describe('connectHandsFree: pause, resume and the get-ready count', () => {
  it('resuming says the get-ready count; pausing stops the voice', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.run(5000);
    t.said.length = 0;
    t.actions.pause();
    expect(t.said).toEqual(['(silence)']);
    t.run(30_000);
    t.actions.resume();
    // The count, then the step again: a phone may have dropped it on pause (Android cancels).
    expect(t.said).toEqual([
      '(silence)',
      'Get ready. Three, two, one. Flat-hand gliding. Use flat hands, light pressure. Glide both hands up from the hips to the middle of the back.',
    ]);
    expect(t.speech.at(-1)!.interrupt).toBe(true);
    // Said once: the step's own cue doesn't come again when the count ends.
    t.run(5000);
    expect(t.said).toHaveLength(2);
  });

  it('after "too much pressure" it counts in, says so, and speaks the next step lighter', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.run(5000);
    t.actions.requestStop();
    t.actions.reportDiscomfort('too-much-pressure');
    expect(t.said.at(-1)).toBe(
      'Get ready. A little lighter from now on. Three, two, one. Flat-hand gliding. Use flat hands, light pressure. Glide both hands up from the hips to the middle of the back.',
    );
    t.run(60_000);
    expect(t.said.at(-1)).toMatch(/^Thumb circles\. Use your thumbs, medium pressure\./);
  });

  it('a step chosen while paused is said after the count, not over it', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.actions.pause();
    t.actions.nextStep();
    t.speech.length = 0;
    t.actions.resume();
    expect(t.speech.map((s) => s.text)).toEqual([
      'Get ready. Three, two, one.',
      expect.stringMatching(/^Thumb circles\./),
    ]);
    expect(t.speech.map((s) => s.interrupt)).toEqual([true, false]);
  });

  it('says nothing again on resume with the voice switched off', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.settings.getState().actions.update({ speech: false });
    t.actions.pause();
    t.speech.length = 0;
    t.actions.resume();
    t.run(5000);
    expect(t.speech).toEqual([]);
  });

  it('says nothing when paused and skipped without resuming', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.actions.pause();
    t.said.length = 0;
    t.actions.nextStep();
    t.run(5000);
    expect(t.said).toEqual([]);
  });
});

describe('connectHandsFree: wake lock', () => {
  it('is acquired on start, released on pause, re-acquired on resume and released at the end', () => {
    const t = setup();
    cleanup = t.disconnect;
    expect(t.lock).toEqual([]);
    t.actions.startSession(testRoutine);
    expect(t.lock).toEqual(['acquire']);
    t.run(2000);
    t.actions.pause();
    expect(t.lock).toEqual(['acquire', 'release']);
    t.actions.resume();
    expect(t.lock).toEqual(['acquire', 'release', 'acquire']);
    t.run(130_000);
    expect(t.store.getState().record!.engine.status).toBe('finished');
    expect(t.lock).toEqual(['acquire', 'release', 'acquire', 'release']);
  });

  it('is asked for again when the page becomes visible while running, not while paused', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    t.setVisible(false);
    t.setVisible(true);
    expect(t.lock).toEqual(['acquire', 'acquire']);
    t.actions.pause();
    t.setVisible(false);
    t.setVisible(true);
    expect(t.lock).toEqual(['acquire', 'acquire', 'release']);
  });

  it('is released when the session is stopped, and on disconnect', () => {
    const t = setup();
    t.actions.startSession(testRoutine);
    t.actions.requestStop();
    t.actions.reportDiscomfort('sharp-pain');
    expect(t.lock).toEqual(['acquire', 'release']);
    t.actions.startSession(testRoutine);
    t.disconnect();
    expect(t.lock).toEqual(['acquire', 'release', 'acquire', 'release']);
  });

  it('is taken at once for a session that was already running when the app loaded', () => {
    const clock = manualClock();
    const store = createSessionStore({ clock, storage: safeStorage() });
    store.getState().actions.startSession(testRoutine);
    const rec = recordingAdapters();
    cleanup = connectHandsFree(store, createSettingsStore(memoryStorage()), rec.adapters);
    expect(rec.lock).toEqual(['acquire']);
    expect(rec.said).toEqual([]);
  });
});

describe('connectHandsFree: media session', () => {
  it('shows the step, follows play state and drives the session from media keys', () => {
    const t = setup();
    cleanup = t.disconnect;
    expect(t.media.handlers).toBeNull();
    t.actions.startSession(testRoutine);
    expect(t.media.info.at(-1)).toEqual({
      title: 'Flat-hand gliding',
      artist: 'Test routine',
      album: 'Step 1 of 2 · 2 min left',
    });
    expect(t.media.playback.at(-1)).toBe('playing');

    t.media.handlers!.pause();
    expect(t.view().status).toBe('paused');
    expect(t.media.playback.at(-1)).toBe('paused');
    t.media.handlers!.play();
    expect(t.view().status).toBe('running');
    t.media.handlers!.nexttrack();
    expect(t.view().stepIndex).toBe(1);
    expect(t.media.info.at(-1)).toEqual({
      title: 'Thumb circles',
      artist: 'Test routine',
      album: 'Step 2 of 2 · 1 min left',
    });
    t.media.handlers!.previoustrack();
    expect(t.view().stepIndex).toBe(0);

    t.actions.requestStop();
    t.actions.reportDiscomfort('want-to-stop');
    expect(t.media.handlers).toBeNull();
    expect(t.media.playback.at(-1)).toBe('none');
    expect(t.media.info.at(-1)).toBeNull();
  });

  it('plays the lock-screen clip while running; pause and the end stop it', () => {
    const t = setup();
    cleanup = t.disconnect;
    expect(t.audio).toEqual([]);
    t.actions.startSession(testRoutine);
    expect(t.audio).toEqual(['play']);
    t.run(10_000);
    t.actions.pause();
    expect(t.audio).toEqual(['play', 'stop']);
    t.actions.resume();
    expect(t.audio).toEqual(['play', 'stop', 'play']);
    t.run(130_000);
    expect(t.view().status).toBe('finished');
    expect(t.audio.at(-1)).toBe('stop');
    expect(t.media.playback.at(-1)).toBe('none');
  });

  it('sets the position at step changes, pause and resume only, never each second', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.actions.startSession(testRoutine);
    expect(t.media.position).toEqual([{ durationMs: 60_000, positionMs: 0 }]);
    // A running step: the platform moves the bar on by itself; nothing is set tick by tick.
    t.run(20_000);
    expect(t.media.position).toHaveLength(1);
    expect(t.media.info).toHaveLength(1);
    t.actions.pause();
    expect(t.media.position.at(-1)).toEqual({ durationMs: 60_000, positionMs: 20_000 });
    t.run(30_000);
    t.actions.resume();
    // Three seconds of get-ready count hold the step clock: the bar counts through them from 17 s.
    expect(t.media.position.at(-1)).toEqual({ durationMs: 60_000, positionMs: 17_000 });
    t.actions.addThirtySeconds();
    expect(t.media.position.at(-1)).toEqual({ durationMs: 90_000, positionMs: 17_000 });
    t.run(3000 + 70_000);
    expect(t.view().stepIndex).toBe(1);
    expect(t.media.position.at(-1)).toEqual({ durationMs: 60_000, positionMs: 0 });
    expect(t.media.info.at(-1)?.album).toBe('Step 2 of 2 · 1 min left');
    expect(t.media.position).toHaveLength(5);
  });

  it('with "Lock-screen controls" off: no clip, no handlers, no details; switching shows or clears them', () => {
    const t = setup();
    cleanup = t.disconnect;
    t.settings.getState().actions.update({ lockScreen: false });
    t.actions.startSession(testRoutine);
    expect(t.audio).toEqual([]);
    expect(t.media.handlers).toBeNull();
    expect(t.media.info).toEqual([]);

    t.settings.getState().actions.update({ lockScreen: true });
    expect(t.audio).toEqual(['play']);
    expect(t.media.handlers).not.toBeNull();
    expect(t.media.info.at(-1)?.title).toBe('Flat-hand gliding');

    t.settings.getState().actions.update({ lockScreen: false });
    expect(t.audio).toEqual(['play', 'stop']);
    expect(t.media.handlers).toBeNull();
    expect(t.media.info.at(-1)).toBeNull();
    expect(t.media.position.at(-1)).toBeNull();
  });

  it('stops the clip and clears the lock screen on disconnect', () => {
    const t = setup();
    t.actions.startSession(testRoutine);
    t.disconnect();
    expect(t.audio).toEqual(['play', 'stop']);
    expect(t.media.handlers).toBeNull();
  });
});

describe('sessionPlace', () => {
  it('says the step and the minutes left, rounded up', () => {
    expect(sessionPlace(1, 9, 12 * 60_000)).toBe('Step 2 of 9 · 12 min left');
    expect(sessionPlace(1, 9, 11 * 60_000 + 1)).toBe('Step 2 of 9 · 12 min left');
    expect(sessionPlace(8, 9, 60_000)).toBe('Step 9 of 9 · 1 min left');
    expect(sessionPlace(8, 9, 45_000)).toBe('Step 9 of 9 · under a minute left');
  });
});

describe('speech adapter', () => {
  const voice = (lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo => ({
    voiceURI: `${lang}-${extra.name ?? 'v'}`,
    name: extra.name ?? lang,
    lang,
    localService: true,
    default: false,
    ...extra,
  });

  it('picks the saved voice, else a local English voice matching the device', () => {
    const voices = [
      voice('de-DE', { default: true }),
      voice('en-US', { localService: false, name: 'cloud' }),
      voice('en-US'),
      voice('en-GB'),
    ];
    // An online voice only when the person allowed it, even when it was chosen.
    expect(pickVoice(voices, 'en-US-cloud', 'en-GB')?.voiceURI).toBe('en-GB-v');
    expect(pickVoice(voices, 'en-US-cloud', 'en-GB', { allowOnline: true })?.voiceURI).toBe('en-US-cloud');
    expect(pickVoice(voices, null, 'en-GB')?.lang).toBe('en-GB');
    expect(pickVoice(voices, 'gone', 'en-US')?.voiceURI).toBe('en-US-v');
    // A German phone still gets an English voice for English words.
    expect(pickVoice(voices, null, 'de-DE')?.lang).toMatch(/^en/);
    expect(pickVoice([voice('fr-FR')], null, 'en-GB')).toBeNull();
  });

  it('splits long text into short chunks Chrome will not cut off', () => {
    const long = `${'Glide slowly up the back, '.repeat(12)}then rest.`;
    const chunks = chunkLines(['Halfway.', 'One. Two.', long]);
    expect(chunks.slice(0, 3)).toEqual(['Halfway.', 'One.', 'Two.']);
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(160);
    expect(chunks.slice(3).join(' ')).toBe(long);
  });

  const fakeSynthesis = () => fakeSpeechSynthesis({ voices: [voice('en-GB')], paused: true }).calls;

  afterEach(() => vi.unstubAllGlobals());

  it('cancels the queue before a new step, resumes a stalled engine and queues sentence by sentence', () => {
    const calls = fakeSynthesis();
    const speaker = createBrowserSpeaker();
    expect(speaker.available()).toBe(true);
    speaker.speak(['Halfway.'], { voiceURI: null, rate: 0.9, volume: 1 });
    speaker.speak(['Thumb circles.', 'Small circles. One side, then the other.'], {
      voiceURI: null,
      rate: 0.9,
      volume: 1,
      interrupt: true,
    });
    expect(calls).toEqual([
      'resume',
      'speak Halfway. @0.9',
      'cancel',
      'speak Thumb circles. @0.9',
      'speak Small circles. @0.9',
      'speak One side, then the other. @0.9',
    ]);
  });

  it('does nothing, silently, where there is no speech synthesis', () => {
    const speaker = createBrowserSpeaker();
    expect(speaker.available()).toBe(false);
    expect(() => speaker.speak(['Halfway.'], { voiceURI: null, rate: 1, volume: 1 })).not.toThrow();
    expect(() => speaker.cancel()).not.toThrow();
  });
});

describe('wake lock adapter', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'wakeLock');
  });

  it('reports unsupported where the API is missing', () => {
    const statuses: WakeLockStatus[] = [];
    const lock = createBrowserWakeLock((s) => statuses.push(s));
    lock.acquire();
    lock.release();
    expect(statuses).toEqual(['unsupported', 'unsupported']);
  });

  it('holds the lock, notices when the browser drops it, and releases it', async () => {
    const sentinels: EventTarget[] = [];
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: async () => {
          const sentinel = Object.assign(new EventTarget(), {
            released: false,
            release: async () => {
              sentinel.released = true;
              sentinel.dispatchEvent(new Event('release'));
            },
          });
          sentinels.push(sentinel);
          return sentinel;
        },
      },
    });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    const statuses: WakeLockStatus[] = [];
    const lock = createBrowserWakeLock((s) => statuses.push(s));
    lock.acquire();
    lock.acquire(); // Asked twice while the first request is pending: one request.
    await Promise.resolve();
    await Promise.resolve();
    expect(sentinels).toHaveLength(1);
    expect(statuses).toEqual(['active']);
    // The page hid: the browser let go.
    sentinels[0]!.dispatchEvent(new Event('release'));
    expect(statuses).toEqual(['active', 'released']);
    lock.acquire();
    await Promise.resolve();
    await Promise.resolve();
    expect(sentinels).toHaveLength(2);
    lock.release();
    expect(statuses.at(-1)).toBe('released');
    expect((sentinels[1] as unknown as { released: boolean }).released).toBe(true);
  });
});

describe('lock-screen clip adapter', () => {
  class FakeAudio {
    static made: FakeAudio[] = [];
    static refuse = false;
    paused = true;
    loop = false;
    preload = '';
    calls: string[] = [];
    constructor(public src: string) {
      FakeAudio.made.push(this);
    }
    play() {
      this.calls.push('play');
      if (FakeAudio.refuse) return Promise.reject(new DOMException('No gesture yet', 'NotAllowedError'));
      this.paused = false;
      return Promise.resolve();
    }
    pause() {
      this.calls.push('pause');
      this.paused = true;
    }
  }
  afterEach(() => {
    FakeAudio.made = [];
    FakeAudio.refuse = false;
    vi.unstubAllGlobals();
  });

  it('makes no audio element until a session plays, then loops the same-origin clip', () => {
    vi.stubGlobal('Audio', FakeAudio);
    const audio = createBrowserSilentAudio();
    audio.stop();
    expect(FakeAudio.made).toEqual([]);
    audio.play();
    audio.play();
    expect(FakeAudio.made).toHaveLength(1);
    const element = FakeAudio.made[0]!;
    expect(element).toMatchObject({ src: SILENT_CLIP_URL, loop: true, paused: false });
    expect(SILENT_CLIP_URL).toMatch(/^\/[^/]/);
    audio.stop();
    audio.play();
    expect(element.calls).toEqual(['play', 'pause', 'play']);
  });

  it('refused without a gesture (a reload mid-session), it tries again at the next tap', async () => {
    vi.stubGlobal('Audio', FakeAudio);
    FakeAudio.refuse = true;
    const audio = createBrowserSilentAudio();
    audio.play();
    await Promise.resolve();
    await Promise.resolve();
    const element = FakeAudio.made[0]!;
    expect(element.paused).toBe(true);
    FakeAudio.refuse = false;
    window.dispatchEvent(new Event('pointerdown'));
    expect(element.paused).toBe(false);
    // Once: later taps leave it alone.
    window.dispatchEvent(new Event('pointerdown'));
    expect(element.calls).toEqual(['play', 'play']);
  });

  it('does not retry after the session stopped it', async () => {
    vi.stubGlobal('Audio', FakeAudio);
    FakeAudio.refuse = true;
    const audio = createBrowserSilentAudio();
    audio.play();
    await Promise.resolve();
    await Promise.resolve();
    audio.stop();
    FakeAudio.refuse = false;
    window.dispatchEvent(new Event('keydown'));
    expect(FakeAudio.made[0]!.calls).toEqual(['play']);
  });
});

describe('media session adapter', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'mediaSession');
    vi.unstubAllGlobals();
  });

  it('gives the position in seconds at rate 1, within the step, and clears it', () => {
    const positions: unknown[] = [];
    const session = { setPositionState: (state?: unknown) => positions.push(state ?? null) };
    Object.defineProperty(navigator, 'mediaSession', { configurable: true, value: session });
    const media = createBrowserMediaSession();
    media.setPosition({ durationMs: 90_000, positionMs: 17_000 });
    media.setPosition({ durationMs: 60_000, positionMs: 61_000 });
    media.setPosition(null);
    expect(positions).toEqual([
      { duration: 90, position: 17, playbackRate: 1 },
      { duration: 60, position: 60, playbackRate: 1 },
      null,
    ]);
  });

  it('shows the step, the routine and where the session is', () => {
    class FakeMetadata {
      constructor(public init: object) {}
    }
    vi.stubGlobal('MediaMetadata', FakeMetadata);
    const session = { metadata: null as FakeMetadata | null };
    Object.defineProperty(navigator, 'mediaSession', { configurable: true, value: session });
    createBrowserMediaSession().setMetadata({
      title: 'Thumb circles',
      artist: 'Partner lower back',
      album: 'Step 2 of 9 · 12 min left',
    });
    expect(session.metadata?.init).toMatchObject({
      title: 'Thumb circles',
      artist: 'Partner lower back',
      album: 'Step 2 of 9 · 12 min left',
    });
  });
});

describe('flash adapter', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('marks the page for about a second, and a second flash starts over', () => {
    const root = document.createElement('div');
    const flash = createBrowserFlash(() => root);
    expect(root.dataset.flash).toBeUndefined();
    flash.flash('step');
    expect(root.dataset.flash).toBe('step');
    vi.advanceTimersByTime(FLASH_MS - 200);
    flash.flash('switch-sides');
    expect(root.dataset.flash).toBe('switch-sides');
    vi.advanceTimersByTime(FLASH_MS - 1);
    expect(root.dataset.flash).toBe('switch-sides');
    vi.advanceTimersByTime(1);
    expect(root.dataset.flash).toBeUndefined();
  });
});
