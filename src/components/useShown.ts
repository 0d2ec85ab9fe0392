import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether `el` can be seen now: it is on screen (not scrolled away, not `display: none`) and the page
 * is visible. An animation runs only while this holds: one on an element nobody can see is not
 * composited and would cost the main thread every frame.
 */
export function useShown(el: RefObject<HTMLElement | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  const [pageShown, setPageShown] = useState(true);

  useEffect(() => {
    const target = el.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) setOnScreen(last.isIntersecting);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [el]);

  useEffect(() => {
    const update = () => setPageShown(document.visibilityState !== 'hidden');
    update();
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);

  return onScreen && pageShown;
}
