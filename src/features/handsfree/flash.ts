/**
 * The flash for noisy rooms: the screen's edge lights up for about a second at a new step or "switch
 * sides". The browser version sets `data-flash` on <html>; flash.css draws the edge only while it is
 * there, so a session that never flashes pays nothing.
 */
import './flash.css';

export type FlashKind = 'step' | 'switch-sides';

export interface Flash {
  flash(kind: FlashKind): void;
}

/** How long the edge stays lit; flash.css fades it within this. */
export const FLASH_MS = 1000;

export function createBrowserFlash(root: () => HTMLElement | null = () => document.documentElement): Flash {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    flash(kind) {
      const element = typeof document === 'undefined' ? null : root();
      if (!element) return;
      clearTimeout(timer);
      if (element.dataset.flash) {
        // A flash still showing starts over: take the attribute off and let the style see it go.
        delete element.dataset.flash;
        void element.offsetWidth;
      }
      element.dataset.flash = kind;
      timer = setTimeout(() => delete element.dataset.flash, FLASH_MS);
    },
  };
}
