import { describe, expect, it } from 'vitest';
import { findRoutine } from '../../src/features/routines/source';
import type { Routine } from '../../src/content/schema';
import {
  getReadyLines,
  linesForCue,
  scriptForRoutine,
  type SpeechContext,
} from '../../src/features/handsfree/speechScript';
import { splitSentences } from '../../src/lib/sentences';
import { testRoutine } from './fixtures';

const lowerBack = findRoutine('partner-lower-back')!;
const said = (routine: Routine, options = {}) =>
  scriptForRoutine(routine, options).map((e) => `${e.stepIndex + 1} ${e.kind}: ${e.lines.join(' ')}`);

describe('what is said at each cue', () => {
  const context: SpeechContext = { routine: testRoutine, easedBy: 0 };

  it('starts a step with its name, hand, pressure and the short instruction', () => {
    expect(linesForCue({ kind: 'step-start', stepIndex: 0 }, context)).toEqual([
      'Flat-hand gliding.',
      'Use flat hands, light pressure.',
      'Glide both hands up from the hips to the middle of the back.',
    ]);
  });

  it('asks the check-in question, says halfway and switch sides', () => {
    expect(linesForCue({ kind: 'check-in', stepIndex: 1 }, context)).toEqual([
      'Check in.',
      'Ask: how is the pressure?',
    ]);
    expect(linesForCue({ kind: 'check-in', stepIndex: 0 }, context)).toEqual([]);
    expect(linesForCue({ kind: 'halfway', stepIndex: 0 }, context)).toEqual(['Halfway.']);
    expect(linesForCue({ kind: 'switch-sides', stepIndex: 0 }, context)).toEqual(['Switch sides.']);
  });

  it('names the next step ten seconds before the end, and the last step as the last', () => {
    expect(linesForCue({ kind: 'ten-seconds', stepIndex: 0 }, context)).toEqual([
      'Ten seconds left.',
      'Next up: Thumb circles.',
    ]);
    expect(linesForCue({ kind: 'ten-seconds', stepIndex: 1 }, context)).toEqual([
      'Ten seconds left.',
      'This is the last step.',
    ]);
  });

  it('ends with "Session complete" and the first closing item', () => {
    expect(linesForCue({ kind: 'finished', stepIndex: 1 }, context)).toEqual([
      'Session complete.',
      'Drape a towel and let them rest.',
    ]);
  });

  it('goes one level lighter after "too much pressure"', () => {
    const lighter: SpeechContext = { routine: testRoutine, easedBy: 1 };
    // Firm becomes medium; light stays light.
    expect(linesForCue({ kind: 'step-start', stepIndex: 1 }, context)[1]).toBe(
      'Use your thumbs, firm pressure.',
    );
    expect(linesForCue({ kind: 'step-start', stepIndex: 1 }, lighter)[1]).toBe(
      'Use your thumbs, medium pressure.',
    );
    expect(linesForCue({ kind: 'step-start', stepIndex: 0 }, lighter)[1]).toBe(
      'Use flat hands, light pressure.',
    );
  });

  it('says which side to start on for a step worked one side at a time', () => {
    const oneSide: Routine = { ...testRoutine, steps: [{ ...testRoutine.steps[0]!, side: 'each' }] };
    expect(linesForCue({ kind: 'step-start', stepIndex: 0 }, { routine: oneSide, easedBy: 0 })).toContain(
      'Start on their left side.',
    );
    const self: Routine = { ...oneSide, who: 'self' };
    expect(linesForCue({ kind: 'step-start', stepIndex: 0 }, { routine: self, easedBy: 0 })).toContain(
      'Start on your left side.',
    );
  });

  it('says nothing for a step that is not there', () => {
    expect(linesForCue({ kind: 'step-start', stepIndex: 9 }, context)).toEqual([]);
  });

  it('counts in after a resume, and says so when going lighter', () => {
    expect(getReadyLines()).toEqual(['Get ready.', 'Three, two, one.']);
    expect(getReadyLines({ eased: 'lighter' })).toEqual([
      'Get ready.',
      'A little lighter from now on.',
      'Three, two, one.',
    ]);
  });

  it('keeps lines short: instructions are split into sentences', () => {
    expect(splitSentences('Press for about 5 s. Then 2.5 more. Ease off.')).toEqual([
      'Press for about 5 s.',
      'Then 2.5 more.',
      'Ease off.',
    ]);
    for (const routineId of ['partner-lower-back', 'partner-upper-back', 'self-ball', 'warm-towel']) {
      for (const entry of scriptForRoutine(findRoutine(routineId)!)) {
        for (const line of entry.lines) expect(line.length).toBeLessThanOrEqual(110);
      }
    }
  });
});

describe('the whole script of a routine', () => {
  it('lists everything said for the test routine, in order', () => {
    expect(said(testRoutine)).toEqual([
      '1 step-start: Flat-hand gliding. Use flat hands, light pressure. Glide both hands up from the hips to the middle of the back.',
      '1 halfway: Halfway.',
      '1 ten-seconds: Ten seconds left. Next up: Thumb circles.',
      '2 step-start: Thumb circles. Use your thumbs, firm pressure. Small thumb circles beside the spine, one side then the other.',
      '2 check-in: Check in. Ask: how is the pressure?',
      '2 halfway: Halfway.',
      '2 ten-seconds: Ten seconds left. This is the last step.',
      '2 finished: Session complete. Drape a towel and let them rest.',
    ]);
  });

  it('says the partner lower-back routine in order, with sides and check-ins', () => {
    const script = scriptForRoutine(lowerBack);
    // Times only move forward.
    const times = script.map((e) => e.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(said(lowerBack).slice(0, 12)).toEqual([
      '1 step-start: Flat-hand gliding. Use flat hands, medium pressure. Hands flat either side of the spine near the hips. Glide up to the middle of the back, return, repeat.',
      '1 halfway: Halfway.',
      '1 ten-seconds: Ten seconds left. Next up: Heel-of-hand circles.',
      '2 step-start: Heel-of-hand circles. Use the heels of your hands, medium pressure. Heels of the hands low beside the spine. Circle outward and upward around the hips and lower back.',
      '2 check-in: Check in. Ask: is this pressure all right?',
      '2 halfway: Halfway.',
      '2 ten-seconds: Ten seconds left. Next up: Fingertips along the top of the glutes.',
      '3 step-start: Fingertips along the top of the glutes. Use your fingertips, medium pressure. Start on their left side. Fingertips beside the base of the spine. Press in and glide out along the top of the buttock.',
      '3 check-in: Check in. Ask: how does that feel?',
      '3 switch-sides: Switch sides.',
      '3 ten-seconds: Ten seconds left. Next up: Thumb glides beside the spine.',
      '4 step-start: Thumb glides beside the spine. Use your thumbs, medium pressure. Start on their left side. Thumb on the outer edge of the long muscle by the spine. Glide up to mid back in small circles. Three times.',
    ]);
    const last = lowerBack.steps.length;
    expect(said(lowerBack).slice(-3)).toEqual([
      `${last} halfway: Halfway.`,
      `${last} ten-seconds: Ten seconds left. This is the last step.`,
      `${last} finished: Session complete. Drape a towel over their back and shoulders and let them rest a few minutes.`,
    ]);
    // Every step is announced once, every check-in asked, every one-side step switched.
    const kinds = (kind: string) => script.filter((e) => e.kind === kind).map((e) => e.stepIndex);
    const indexesWhere = (keep: (s: (typeof lowerBack.steps)[number]) => boolean) =>
      lowerBack.steps.flatMap((s, i) => (keep(s) ? [i] : []));
    expect(kinds('step-start')).toEqual(lowerBack.steps.map((_, i) => i));
    expect(kinds('check-in')).toEqual(indexesWhere((s) => Boolean(s.checkIn)));
    expect(kinds('switch-sides')).toEqual(indexesWhere((s) => s.side === 'each'));
    expect(script.at(-1)!.atMs).toBe(lowerBack.steps.reduce((sum, s) => sum + s.duration.default * 1000, 0));
  });

  it('a flare-up session says every step one level lighter, at its shortest', () => {
    const gentle = scriptForRoutine(lowerBack, { gentle: true });
    const holds = gentle.find((e) => e.kind === 'step-start' && e.stepIndex === 4)!;
    expect(holds.lines[1]).toBe('Use your thumbs, medium pressure.');
    expect(gentle.at(-1)!.atMs).toBe(lowerBack.steps.reduce((sum, s) => sum + s.duration.min * 1000, 0));
  });
});
