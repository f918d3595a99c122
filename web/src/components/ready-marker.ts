/**
 * `<html data-ready>`: the page has rendered its content, controls enabled, nothing still loading.
 * `npm run bench` (bench/web-pages.ts) measures time to interactive up to this marker, and tests
 * may wait for it. Each mounted {@link Loading} indicator holds it back.
 */
import { layOutEverythingWhenIdle } from './deferred-layout';

let loadingIndicators = 0;

export const loadingStarted = () => {
  loadingIndicators += 1;
  delete document.documentElement.dataset.ready;
};

/**
 * The last indicator gone: marked after the next paint unless another started meanwhile. A Loading
 * inside a component that re-renders alone (the layout above it does not) is marked here, not by the layout.
 */
export const loadingEnded = () => {
  loadingIndicators -= 1;
  if (loadingIndicators === 0) requestAnimationFrame(() => setTimeout(markReadyUnlessLoading));
};

/** After a render of the layout (children's effects have run first): marked when nothing loads. */
export const markReadyUnlessLoading = () => {
  if (loadingIndicators > 0) return;
  document.documentElement.dataset.ready = '';
  layOutEverythingWhenIdle();
};
