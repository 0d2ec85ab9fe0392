/**
 * The one schema for everything Unknot reads from outside: content files, saved routines,
 * share links and stored state all pass through these validators. Types are inferred from them.
 */
// zod's tree-shakable build: the phone checks saved and shared routines with this same schema.
import { z } from 'zod/mini';
import { BODY_AREAS, CONTACTS, POSITIONS, PRESSURES, SIDES, STROKES, WHO } from '../lib/vocabulary.ts';

export { NO_PRESS_AREAS } from '../lib/vocabulary.ts';

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export const SeedId = z.enum(SEED_IDS);

export const Pressure = z.enum(PRESSURES);
export type Pressure = z.infer<typeof Pressure>;

export const Who = z.enum(WHO);
export type Who = z.infer<typeof Who>;

/** What touches the body: a part of the hand, or a tool. */
export const Contact = z.enum(CONTACTS);
export type Contact = z.infer<typeof Contact>;

/**
 * Areas of the back as drawn on the body picture. `spine`, `hip-bones` and `shoulder-blade-bones`
 * exist so the picture can mark them as no-press zones; the validator refuses them as step targets.
 */
export const BodyArea = z.enum(BODY_AREAS);
export type BodyArea = z.infer<typeof BodyArea>;

/** `each` means one side, then the other: the player says "switch sides" at the middle. */
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

export const Position = z.enum(POSITIONS);
export type Position = z.infer<typeof Position>;

/** How the hands or tool move, for the animated picture. */
export const Stroke = z.enum(STROKES);
export type Stroke = z.infer<typeof Stroke>;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Seconds, as written in content files. The engine converts to milliseconds once. */
const seconds = z.int().check(z.gte(1), z.lte(60 * 60));

export const DurationRange = z.object({ default: seconds, min: seconds, max: seconds }).check(
  z.refine((d) => d.min <= d.default && d.default <= d.max, {
    message: 'default must lie between min and max',
    path: ['default'],
  }),
);
export type DurationRange = z.infer<typeof DurationRange>;

const seeds = z.array(SeedId).check(z.minLength(1, 'cite at least one seed file'));
const id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens'));

export const Step = z.object({
  id,
  technique: id,
  name: text(48),
  instruction: text(160),
  duration: DurationRange,
  pressure: Pressure,
  pressureCue: text(100),
  contact: Contact,
  bodyAreas: z.array(BodyArea).check(z.minLength(1)),
  side: Side,
  stroke: Stroke,
  checkIn: z.optional(text(80)),
  safety: z._default(z.array(text(160)), []),
  seeds,
  note: z.optional(text(400)),
});
export type Step = z.infer<typeof Step>;

export const PrepItem = z.object({ text: text(200), seeds });
export type PrepItem = z.infer<typeof PrepItem>;

export const Routine = z.object({
  id,
  title: text(60),
  summary: text(240),
  who: Who,
  // A session saved before positions existed reads as face down, as every partner routine then was.
  position: z._default(Position, 'face-down'),
  tools: z.array(text(60)),
  minutes: z.object({ min: z.int().check(z.gte(1)), max: z.int().check(z.gte(1)) }),
  setup: z.array(PrepItem).check(z.minLength(1)),
  steps: z.array(Step).check(z.minLength(1)),
  closing: z.array(PrepItem).check(z.minLength(1)),
  contraindications: z.array(id),
  seeds,
  note: z.optional(text(400)),
});
export type Routine = z.infer<typeof Routine>;

export const Technique = z.object({
  id,
  name: text(48),
  kind: z.enum(['technique', 'style']),
  aliases: z._default(z.array(text(40)), []),
  variantOf: z.optional(id),
  summary: text(240),
  howTo: z.array(text(200)),
  contact: z.array(Contact),
  pressure: z.array(Pressure).check(z.minLength(1)),
  bodyAreas: z.array(BodyArea),
  who: z.array(Who).check(z.minLength(1)),
  stroke: Stroke,
  duration: z.optional(z.object({ min: seconds, max: seconds })),
  dos: z._default(z.array(text(200)), []),
  donts: z._default(z.array(text(200)), []),
  professionalsOnly: z._default(z.boolean(), false),
  seeds,
});
export type Technique = z.infer<typeof Technique>;

/** A safety item: a contraindication, a sign to stop at once, or an urgent red flag. */
export const SafetyItem = z.object({
  id,
  label: text(80),
  advice: text(240),
  seeds,
});
export type SafetyItem = z.infer<typeof SafetyItem>;

/** Steps a condition leaves out: each rule names what a step must match, every field given (any of its values). */
export const LeaveOut = z.object({
  strokes: z.optional(z.array(Stroke)),
  techniques: z.optional(z.array(id)),
  contacts: z.optional(z.array(Contact)),
  areas: z.optional(z.array(BodyArea)),
  pressures: z.optional(z.array(Pressure)),
});
export type LeaveOut = z.infer<typeof LeaveOut>;

/**
 * A condition the seeds don't cover, asked before a session, that changes the session rather than only
 * warning: it blocks it, keeps it light, leaves steps out, or rules out a position. Each names the public
 * guidance it follows (`source`); the seeds it draws on, if any.
 */
export const Condition = z.object({
  id,
  label: text(80),
  advice: text(240),
  source: text(160),
  seeds: z._default(z.array(SeedId), []),
  blocks: z._default(z.boolean(), false),
  lightOnly: z._default(z.boolean(), false),
  leaveOut: z._default(z.array(LeaveOut), []),
  notIn: z._default(z.array(Position), []),
});
export type Condition = z.infer<typeof Condition>;

export const Safety = z.object({
  /** Don't massage over these; some block the session, the rest ask to work around the area. */
  contraindications: z.array(z.extend(SafetyItem, { blocks: z.boolean() })),
  /** Asked before every session; each changes the session (see Condition). */
  conditions: z._default(z.array(Condition), []),
  /** Don't start: seek medical advice. No way round. */
  redFlags: z.array(SafetyItem),
  /** Stop at once if any of these show up during a session. */
  stopSigns: z.array(SafetyItem),
  /** General rules shown with every routine. */
  rules: z.array(PrepItem),
  /** Moving, soreness and when to see someone: shown on every routine's page and at the end of a session. */
  betweenSessions: z.array(PrepItem).check(z.minLength(1)),
});
export type Safety = z.infer<typeof Safety>;
