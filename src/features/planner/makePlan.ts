import { routines } from '../../content';
import { judgeSpec } from '../../content/ownRoutine';
import {
  PLANNED_ID,
  planSession,
  readPlanRequest,
  type PlanRequest,
  type PlannedStep,
} from '../../content/planner';
import type { RoutineSpec } from '../../content/compose';
import type { Routine } from '../../content/schema';
import { dayOf } from '../../lib/days';
import type { Ms } from '../../lib/units';
import { history } from '../../storage/history';

export type Planned =
  | { ok: true; spec: RoutineSpec; steps: PlannedStep[]; totalMs: Ms; reached: boolean; routine: Routine }
  | { ok: false; reason: string };

/** A request from the address, and the routine it makes today (with today's self-massage counted). */
export function makePlan(params: URLSearchParams): { request: PlanRequest | null; planned: Planned | null } {
  const request = readPlanRequest(params);
  if (!request) return { request: null, planned: null };
  const result = planSession(routines, request, history.capMsOn(dayOf(Date.now())));
  if (!result.ok) return { request, planned: result };
  // Judged like anything a person saves or receives: a plan that breaks a rule is not offered.
  const { routine, problems } = judgeSpec(PLANNED_ID, result.spec);
  if (!routine || problems.length > 0) {
    return {
      request,
      planned: { ok: false, reason: problems[0]?.message ?? 'This plan could not be made.' },
    };
  }
  return { request, planned: { ...result, routine } };
}
