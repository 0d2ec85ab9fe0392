import { useLayoutEffect } from 'react';
import { unlockAudio } from '../../../devices/speech';
import { useSessionActions, useSessionStoreApi } from '../SessionStoreContext';

/** Fields where Space types a space: there it is left alone. */
const typesText = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type)));

/**
 * Space pauses or resumes wherever focus is (except in a text field), arrows move between steps, + adds
 * 30 s, Escape opens Stop. A control tapped or clicked lets go of focus, so a key pressed next (Space,
 * Enter) never presses that control again by surprise.
 */
export function usePlayerKeys(enabled: boolean) {
  const store = useSessionStoreApi();
  const actions = useSessionActions();
  // Attached before the player is first painted: a key pressed the moment it shows is not lost.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const status = store.getState().record?.engine.status;
      switch (event.key) {
        case ' ':
          if (typesText(event.target)) return;
          if (event.repeat) break;
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
    // A focused button presses itself on Space's keyup: that press is already handled on keydown.
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === ' ' && !typesText(event.target)) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      // detail > 0: a pointer click (a keyboard press has 0), so focus was not put there on purpose.
      const control = event.target instanceof Element ? event.target.closest('button') : null;
      if (control && event.detail > 0) control.blur();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('click', onClick);
    };
  }, [enabled, store, actions]);
}
