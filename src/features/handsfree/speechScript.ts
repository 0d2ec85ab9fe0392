/**
 * What the app says, and when. Pure: a cue and the routine in, short lines of words out. No DOM, no
 * speech engine, so every word can be read in a test and listed for a whole routine.
 */
import type { Contact, Pressure, Routine, Step } from '../../content/schema';
import { effectivePressure } from '../../lib/labels';
import { ms, type Ms } from '../../lib/units';
import { DAILY_CAP_MS, planRoutine } from '../../engine/plan';
import type { StopReason } from '../../engine/session';
import { splitSentences } from '../../lib/sentences';
import { cuePoints, type Cue, type CueKind } from '../../engine/cues';

export interface SpeechContext {
  routine: Pick<Routine, 'who' | 'steps' | 'closing'>;
  /** Levels lighter than written after "too much pressure" or in a flare-up (`record.engine.easedBy`). */
  easedBy: number;
  /** Why the session ended early, if it did: the end says so. */
  stopReason?: StopReason | null;
}

/** The hand or tool, as said aloud after "Use". */
const contactWords: Record<Contact, string> = {
  'flat-hands': 'flat hands',
  'heels-of-hands': 'the heels of your hands',
  fingertips: 'your fingertips',
  thumbs: 'your thumbs',
  'reinforced-thumb': 'one thumb on top of the other',
  knuckles: 'your knuckles',
  palms: 'your palms',
  forearm: 'your forearms',
  'sides-of-hands': 'the sides of your hands',
  'whole-hands': 'whole hands',
  ball: 'the ball',
  'foam-roller': 'the foam roller',
  'warm-towel': 'the warm towel',
};

const pressureWords: Record<Pressure, string> = {
  light: 'light pressure',
  medium: 'medium pressure',
  firm: 'firm pressure',
};

/** Ends a line with a full stop unless it already ends a sentence. */
const sentence = (text: string) => {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sideLine(step: Step, who: Routine['who']): string | null {
  const whose = who === 'partner' ? 'their' : 'your';
  switch (step.side) {
    case 'each':
      return `Start on ${whose} left side.`;
    case 'left':
      return `${capitalise(whose)} left side only.`;
    case 'right':
      return `${capitalise(whose)} right side only.`;
    case 'both':
      return null;
  }
}

function checkInLines(question: string): string[] {
  // "Ask: how is the pressure?" is said as written; "Check: is it easing?" loses its own "Check:".
  const own = /^check\s*:\s*/i;
  const rest = own.test(question) ? capitalise(question.replace(own, '')) : question;
  return ['Check in.', sentence(rest)];
}

/** Everything said at the start of a step: name, hand or tool and pressure, side, instruction. */
export function stepStartLines(step: Step, context: SpeechContext): string[] {
  const pressure = effectivePressure(step.pressure, context.easedBy);
  const side = sideLine(step, context.routine.who);
  return [
    sentence(step.name),
    `Use ${contactWords[step.contact]}, ${pressureWords[pressure]}.`,
    ...(side ? [side] : []),
    ...splitSentences(step.instruction).map(sentence),
  ];
}

/** The words for one cue, in the order they are said. Unknown steps say nothing. */
export function linesForCue(cue: Pick<Cue, 'kind' | 'stepIndex'>, context: SpeechContext): string[] {
  const { steps, closing } = context.routine;
  const step = steps[cue.stepIndex];
  switch (cue.kind) {
    case 'step-start':
      return step ? stepStartLines(step, context) : [];
    case 'check-in':
      return step?.checkIn ? checkInLines(step.checkIn) : [];
    case 'halfway':
      return ['Halfway.'];
    case 'switch-sides':
      return ['Switch sides.'];
    case 'ten-seconds': {
      const next = steps[cue.stepIndex + 1];
      return ['Ten seconds left.', next ? `Next up: ${sentence(next.name)}` : 'This is the last step.'];
    }
    case 'finished': {
      if (context.stopReason === 'daily-cap')
        return [`That’s today’s ${DAILY_CAP_MS / 60_000} minutes of self-massage.`, 'Stop here and rest.'];
      const first = closing[0];
      return ['Session complete.', ...(first ? splitSentences(first.text).map(sentence) : [])];
    }
  }
}

/** Said when a paused session resumes, during the three-second get-ready count. */
export function getReadyLines({ eased = null }: { eased?: 'lighter' | 'lightest' | null } = {}): string[] {
  const said = {
    lighter: ['A little lighter from now on.'],
    lightest: ['This is already as light as it goes.', 'Use less weight, or stop if it still hurts.'],
  };
  return ['Get ready.', ...(eased ? said[eased] : []), 'Three, two, one.'];
}

export interface ScriptEntry {
  kind: CueKind;
  stepIndex: number;
  /** When it is said, from the start of the session, if nobody pauses or skips. */
  atMs: Ms;
  lines: string[];
}

export interface ScriptOptions {
  /** A flare-up session: each step at its shortest, one level lighter (as the store starts it). */
  gentle?: boolean;
}

/** Everything the app would say across a whole routine left to run on its own, in order. */
export function scriptForRoutine(routine: Routine, { gentle = false }: ScriptOptions = {}): ScriptEntry[] {
  const context: SpeechContext = { routine, easedBy: gentle ? 1 : 0 };
  const entries: ScriptEntry[] = [];
  let start = 0;
  planRoutine(routine, { gentle }).steps.forEach((plan, stepIndex) => {
    const length = plan.durationMs;
    for (const point of cuePoints(plan, length)) {
      const lines = linesForCue({ kind: point.kind, stepIndex }, context);
      if (lines.length > 0)
        entries.push({ kind: point.kind, stepIndex, atMs: ms(start + point.offsetMs), lines });
    }
    start += length;
  });
  const last = routine.steps.length - 1;
  entries.push({
    kind: 'finished',
    stepIndex: last,
    atMs: ms(start),
    lines: linesForCue({ kind: 'finished', stepIndex: last }, context),
  });
  return entries;
}
