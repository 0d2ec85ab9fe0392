/**
 * The five parts of the back a person names ("my lower back"), as PRODUCT.md words them, each with the
 * body areas of the picture it covers. The feeling form marks tight ones; the planner asks for them.
 */
import type { BODY_AREAS } from './vocabulary';

type BodyArea = (typeof BODY_AREAS)[number];

export const BACK_REGIONS: readonly { id: string; label: string; areas: readonly BodyArea[] }[] = [
  { id: 'neck-shoulders', label: 'Neck and shoulders', areas: ['neck', 'shoulders', 'upper-trapezius'] },
  { id: 'upper-back', label: 'Upper back', areas: ['between-shoulder-blades'] },
  { id: 'mid-back', label: 'Mid back', areas: ['mid-back', 'beside-spine'] },
  { id: 'lower-back', label: 'Lower back', areas: ['lower-back', 'sides'] },
  { id: 'hips-glutes', label: 'Hips and glutes', areas: ['hips', 'glutes'] },
];
