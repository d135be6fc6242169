/** Work is done in slices this long while the reader waits for the screen in front of them. */
export const SLICE_MS = 8;
/** The longest idle slice we take, even when the browser offers more (up to 50 ms), so no task is long. */
const IDLE_SLICE_MS = 12;
/** What we take when the browser was never idle and the timeout fired: the page still gets annotated. */
const OVERDUE_SLICE_MS = 4;
const IDLE_TIMEOUT_MS = 250;

/** Lets the page's own tasks run before the next step of ours. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Resolves when the browser has time to spare (requestIdleCallback, with a timeout so that a busy page
 * is still annotated) with the milliseconds we may use now; a short timer where the API is missing.
 */
export function whenIdle(): Promise<number> {
  if (typeof requestIdleCallback !== 'function') return yieldToPage().then(() => SLICE_MS);
  return new Promise((resolve) =>
    requestIdleCallback(
      (deadline) => resolve(Math.max(OVERDUE_SLICE_MS, Math.min(IDLE_SLICE_MS, deadline.timeRemaining()))),
      { timeout: IDLE_TIMEOUT_MS },
    ),
  );
}

/** Screens above and below the viewport whose blocks are matched first. */
const NEAR_SCREENS = 1;

/** Where an element is against the viewport: within a screen of it, or wholly below that. */
export function placeOf(element: Element | null): 'near' | 'above' | 'below' {
  if (!element) return 'near';
  const rect = element.getBoundingClientRect();
  // No box of its own (display: contents): cheap to treat as near rather than guess.
  if (rect.width === 0 && rect.height === 0) return 'near';
  const margin = innerHeight * NEAR_SCREENS;
  if (rect.bottom < -margin) return 'above';
  if (rect.top > innerHeight + margin) return 'below';
  return 'near';
}
