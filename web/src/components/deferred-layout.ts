import { whenIdle } from './when-idle';

let scheduled = false;

/**
 * The first frame's shortcut (styles.css: a long form's later sections skipped until near the viewport)
 * lasts until the page is first idle after it is ready: then `<html data-laid-out>` lays out everything,
 * so whatever reads the page afterwards (an accessibility checker, a full-page capture, find-in-page)
 * meets every section at its real size, not as a 20rem placeholder.
 */
export function layOutEverythingWhenIdle(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(() => {
    document.documentElement.dataset.laidOut = '';
  });
}
