import { useEffect } from 'react';
import { unlockAudio } from '../../../devices/speech';
import { useSessionActions, useSessionStoreApi } from '../SessionStoreContext';

/** Space pauses or resumes, arrows move between steps, + adds 30 s, Escape opens Stop. */
export function usePlayerKeys(enabled: boolean) {
  const store = useSessionStoreApi();
  const actions = useSessionActions();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      // Space and Enter on a focused control already press it; don't press twice.
      const onControl = target?.closest('button, a, input, select, textarea, summary');
      const status = store.getState().record?.engine.status;
      switch (event.key) {
        case ' ':
          if (onControl) return;
          if (status === 'paused') {
            unlockAudio();
            actions.resume();
          } else actions.pause();
          break;
        case 'ArrowRight':
          actions.nextStep();
          break;
        case 'ArrowLeft':
          actions.previousStep();
          break;
        case '+':
        case '=':
          actions.addThirtySeconds();
          break;
        case 'Escape':
          actions.requestStop();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, store, actions]);
}
