import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { shareHash } from '../../content/shareLink';
import { RoutineOverview } from '../../features/routines/RoutineOverview';
import { openShared } from '../../features/share/openShared';
import { LinkProblem } from '../../features/share/LinkProblem';
import { SaveSharedRoutine } from '../../features/share/SaveSharedRoutine';
import { paths } from '../../lib/paths';
import '../../features/share/share.css';

/**
 * `/shared#r=…`: a routine carried in its link. The hash never reaches a server, so this page (never
 * prerendered) reads it here, and reads it again when only the hash changes (another link pasted).
 */
export function Component() {
  const { hash } = useLocation();
  const opened = useMemo(() => openShared(hash), [hash]);
  if (!opened.ok) return <LinkProblem reasons={opened.reasons} />;
  return (
    <RoutineOverview
      key={hash}
      routine={opened.routine}
      actions={<SaveSharedRoutine spec={opened.spec} />}
      checkPath={paths.sharedCheck}
      checkHash={shareHash(opened.spec)}
    />
  );
}
