/**
 * A link's routine, read and judged: the one gate both the shared page and its safety check pass. The
 * link only names the library's steps; the routine they make is held to the same schema and rules as
 * shipped content, and one that breaks any of them is not shown, let alone started.
 */
import type { RoutineSpec } from '../../content/compose';
import type { Routine } from '../../content/schema';
import { judgeSpec } from '../../content/ownRoutine';
import { decodeShare, payloadOfHash, type ShareProblem } from '../../content/shareLink';
import { routines } from '../../content';
import { findAuthored } from '../../content/compose';

/** A shared routine is shown and played under this id until it is saved with one of its own. */
export const SHARED_ROUTINE_ID = 'my-shared';

export type Opened = { ok: true; spec: RoutineSpec; routine: Routine } | { ok: false; reasons: string[] };

const problemWords: Record<ShareProblem, string> = {
  missing: 'There is no routine in it. Part of the link may have been lost when it was copied.',
  'too-long': 'It is far longer than any routine Unknot makes.',
  version: 'It was made by another version of Unknot. Update the app on both devices and try again.',
  damaged: 'Part of the link is missing or was changed on the way. Ask for the link again.',
  'not-a-routine': 'It does not describe a routine Unknot can read.',
};

const REASONS_SHOWN = 3;

export function openShared(hash: string): Opened {
  const decoded = decodeShare(payloadOfHash(hash));
  if (!decoded.ok) return { ok: false, reasons: [problemWords[decoded.reason]] };
  const { spec } = decoded;
  // Until it is saved, it is someone else's.
  const { routine, problems } = judgeSpec(SHARED_ROUTINE_ID, spec, routines, 'A routine shared with you');
  if (routine && problems.length === 0) return { ok: true, spec, routine };
  if (spec.steps.some((s) => !findAuthored(routines, s))) {
    return { ok: false, reasons: ['It names steps this version of Unknot does not have.'] };
  }
  const reasons = problems.map(({ path, message }) => {
    const step = /^steps\[(\d+)\]/.exec(path);
    const said = message.charAt(0).toUpperCase() + message.slice(1);
    return step ? `Step ${Number(step[1]) + 1}: ${said}` : said;
  });
  const unique = [...new Set(reasons)];
  if (unique.length === 0) return { ok: false, reasons: [problemWords['not-a-routine']] };
  return { ok: false, reasons: unique.slice(0, REASONS_SHOWN) };
}
