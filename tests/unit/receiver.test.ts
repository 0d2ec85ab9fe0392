/**
 * The receiver's rules: the pressure never goes past what the step allows, a new step starts as
 * written, every tap is kept with the session and reaches the history, and the giver is told.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pressure } from '../../src/content/schema';
import { historyEntryFor } from '../../src/features/session/historyEntry';
import {
  answerPressure,
  nudgedPressureLine,
  shownPressure,
  type ReceiverAsk,
} from '../../src/features/session/receiver';
import { connectReceiverVoice } from '../../src/features/session/receiverVoice';
import { createSessionStore } from '../../src/features/session/store';
import { createSettingsStore } from '../../src/features/settings/settingsStore';
import type { SpeakOptions } from '../../src/devices/speech';
import { manualClock } from '../../src/lib/clock';
import { ms } from '../../src/lib/units';
import { safeStorage } from '../../src/storage/safeStorage';
import { testRoutine } from './fixtures';

const LEVELS: Pressure[] = ['light', 'medium', 'firm'];
const rank = (p: Pressure) => LEVELS.indexOf(p);

describe('the receiver’s pressure', () => {
  it('for any step, session easing and run of taps, stays between light and the step’s own pressure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Pressure>('light', 'medium', 'firm'),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.constantFrom('lighter' as const, 'just-right' as const, 'firmer' as const), {
          maxLength: 30,
        }),
        (written, easedBy, taps) => {
          let nudge = 0;
          for (const tap of taps) {
            const before = shownPressure(written, easedBy, nudge);
            const answer = answerPressure(tap, written, easedBy, nudge);
            nudge = answer.nudge;
            const after = shownPressure(written, easedBy, nudge);
            expect(rank(after)).toBeLessThanOrEqual(rank(written));
            // Each tap moves at most one level, the way it was asked, or says why it can't.
            if (tap === 'just-right') expect(after).toBe(before);
            if (tap === 'lighter') expect(rank(before) - rank(after)).toBeLessThanOrEqual(1);
            if (tap === 'firmer') expect(rank(after) - rank(before)).toBeLessThanOrEqual(1);
            if (tap !== 'just-right' && after === before)
              expect(answer.said).toMatch(/as (firm|light) as this step goes/);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('says what it does, in the giver’s words', () => {
    expect(answerPressure('lighter', 'firm', 0, 0)).toEqual({ nudge: -1, said: 'Go lighter.' });
    expect(answerPressure('firmer', 'firm', 0, -1)).toEqual({ nudge: 0, said: 'A little firmer.' });
    expect(answerPressure('firmer', 'firm', 0, 0).said).toBe('That’s as firm as this step goes.');
    expect(answerPressure('just-right', 'medium', 0, 0).said).toBe('That’s just right.');
    // After "too much pressure" the session is a level lighter: firmer can win that level back, no more.
    expect(shownPressure('firm', 1, 0)).toBe('medium');
    expect(answerPressure('firmer', 'firm', 1, 0)).toEqual({ nudge: 1, said: 'A little firmer.' });
    expect(answerPressure('firmer', 'firm', 1, 1).said).toBe('That’s as firm as this step goes.');
    expect(answerPressure('lighter', 'light', 0, 0).said).toMatch(/as light as this step goes/);
  });

  it('shows the moved pressure in the step’s cue line, and nothing when unmoved', () => {
    expect(nudgedPressureLine('firm', 0, 0)).toBeNull();
    expect(nudgedPressureLine('firm', 0, -1)).toBe('Medium, lighter as the receiver asked.');
    expect(nudgedPressureLine('firm', 1, 1)).toBe(
      'Firm, firmer as the receiver asked. That’s as firm as this step goes.',
    );
  });
});

function running() {
  const clock = manualClock();
  const backing = new Map<string, string>();
  const storage = safeStorage(
    () =>
      ({
        getItem: (k: string) => backing.get(k) ?? null,
        setItem: (k: string, v: string) => void backing.set(k, v),
        removeItem: (k: string) => void backing.delete(k),
      }) as Storage,
  );
  const store = createSessionStore({ clock, storage });
  const settings = createSettingsStore(storage);
  const told: string[] = [];
  store.onReceiver((ask, said) => told.push(`${ask}: ${said}`));
  store.getState().actions.startSession(testRoutine);
  const ask = (what: ReceiverAsk) => store.getState().actions.receiverAsks(what);
  const record = () => store.getState().record!;
  return { store, clock, told, ask, record, settings };
}

describe('receiver taps in a session', () => {
  // testRoutine: a light 60 s step, then a firm 60 s step with a check-in.
  it('moves this step only; the next step starts as written', () => {
    const { clock, ask, record, store } = running();
    clock.advance(61_000);
    store.getState().actions.tick();
    expect(record().engine.stepIndex).toBe(1);
    expect(ask('lighter')).toBe('Go lighter.');
    expect(ask('lighter')).toBe('Go lighter.');
    expect(ask('lighter')).toMatch(/as light as this step goes/);
    expect(record().engine.stepNudge).toBe(-2);
    expect(ask('firmer')).toBe('A little firmer.');
    expect(record().engine.stepNudge).toBe(-1);
    store.getState().actions.previousStep();
    expect(record().engine.stepNudge).toBe(0);
  });

  it('keeps every tap with its step, tells the giver, and the history counts them', () => {
    const { clock, ask, record, told, store } = running();
    ask('firmer');
    clock.advance(5_000);
    ask('pause');
    expect(record().engine.status).toBe('paused');
    ask('resume');
    expect(record().engine.status).toBe('running');
    clock.advance(70_000);
    store.getState().actions.tick();
    ask('just-right');
    ask('stop');
    expect(store.getState().stopDialogOpen).toBe(true);
    expect(told).toEqual([
      'firmer: That’s as firm as this step goes.',
      'pause: The receiver paused.',
      'resume: The receiver is ready: carry on.',
      'just-right: That’s just right.',
      'stop: The receiver pressed Stop.',
    ]);
    expect(record().receiverTaps.map((t) => `${t.stepIndex}:${t.ask}`)).toEqual([
      '0:firmer',
      '0:pause',
      '0:resume',
      '1:just-right',
      '1:stop',
    ]);
    const entry = historyEntryFor(record(), ms(60_000), clock.now());
    expect(entry.receiver).toEqual({ firmer: 1, pause: 1, resume: 1, 'just-right': 1, stop: 1 });
  });

  it('asks nothing of a session that has ended', () => {
    const { clock, ask, record, store, told } = running();
    clock.advance(200_000);
    store.getState().actions.tick();
    expect(record().engine.status).toBe('finished');
    expect(ask('lighter')).toBeNull();
    expect(told).toEqual([]);
    expect(historyEntryFor(record(), ms(120_000), clock.now()).receiver).toBeUndefined();
  });
});

describe('what the giver hears', () => {
  function listening() {
    const session = running();
    const heard: string[] = [];
    const speaker = {
      speak: (lines: readonly string[], opts: SpeakOptions) =>
        void heard.push(
          `say${opts.interrupt ? ' over the queue' : ''}${opts.allowOnline ? ' (online voice allowed)' : ''}: ${lines.join(' ')}`,
        ),
      cancel: () => {},
      available: () => true,
    };
    const chimes = { play: (kind: string) => void heard.push(`chime: ${kind}`), available: () => true };
    const off = connectReceiverVoice(session.store, session.settings, { speaker, chimes });
    return { ...session, heard, off };
  }

  it('a chime of its own, then the words, over anything still being said; a resume waits for the count', () => {
    const { ask, heard, off } = listening();
    ask('lighter');
    ask('pause');
    ask('resume');
    expect(heard).toEqual([
      'chime: receiver',
      'say over the queue: That’s as light as this step goes. Keep it feather-light, or stop.',
      'chime: receiver',
      'say over the queue: The receiver paused.',
      'chime: receiver',
      'say: The receiver is ready: carry on.',
    ]);
    off();
  });

  it('follows the settings: the voice, the chimes, and an online voice only when allowed', () => {
    const { ask, heard, settings, off } = listening();
    settings.getState().actions.update({ onlineVoice: true });
    ask('just-right');
    settings.getState().actions.update({ speech: false });
    ask('just-right');
    settings.getState().actions.update({ speech: true, chimes: false });
    ask('just-right');
    expect(heard).toEqual([
      'chime: receiver',
      'say over the queue (online voice allowed): That’s just right.',
      'chime: receiver',
      'say over the queue (online voice allowed): That’s just right.',
    ]);
    off();
    ask('just-right');
    expect(heard).toHaveLength(4);
  });
});
