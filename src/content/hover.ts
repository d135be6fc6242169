import type { Annotator, TermHit } from './annotator';
import { termAt } from './hit-test';

export interface HoverCallbacks {
  show(hit: TermHit, rect: DOMRect): void;
  hide(): void;
  /** Whether the pointer event happened inside our tooltip. */
  isInTooltip(event: Event): boolean;
}

/**
 * A dwell before the first tooltip. Showing at once was tried (for the 16 ms hover budget): a pointer
 * sweeping across a paragraph then opens the tooltips of the terms it crosses, and the card of one it
 * merely passed can cover the term it is heading for (the Firefox hover e2e caught exactly that).
 */
const SHOW_DELAY_MS = 120;
const HIDE_GRACE_MS = 250;

/**
 * Watches the pointer: a term held under it for a moment opens the tooltip; leaving
 * both the term and the tooltip (or pressing Escape) closes it.
 */
export function watchHover(annotator: Annotator, ui: HoverCallbacks, signal: AbortSignal): void {
  let shown: TermHit | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last = { x: 0, y: 0, inTooltip: false };

  const cancelShow = () => {
    clearTimeout(showTimer);
    showTimer = undefined;
  };
  const hideNow = () => {
    cancelShow();
    clearTimeout(hideTimer);
    hideTimer = undefined;
    if (shown) {
      shown = undefined;
      ui.hide();
    }
  };

  const check = () => {
    frame = 0;
    if (last.inTooltip) {
      clearTimeout(hideTimer);
      hideTimer = undefined;
      return;
    }
    const found = annotator.hits.size ? termAt(annotator, last.x, last.y) : undefined;
    if (found && found.hit === shown) {
      clearTimeout(hideTimer);
      hideTimer = undefined;
      return;
    }
    cancelShow();
    if (found) {
      showTimer = setTimeout(
        () => {
          // The dwell ends here; the bench measures the card's rendering from this mark.
          performance.mark('tifa-lens:dwell');
          clearTimeout(hideTimer);
          hideTimer = undefined;
          shown = found.hit;
          ui.show(found.hit, found.rect);
        },
        shown ? 0 : SHOW_DELAY_MS,
      );
    } else if (shown && !hideTimer) {
      hideTimer = setTimeout(hideNow, HIDE_GRACE_MS);
    }
  };

  const onMove = (e: PointerEvent) => {
    last = { x: e.clientX, y: e.clientY, inTooltip: ui.isInTooltip(e) };
    if (!frame) frame = requestAnimationFrame(check);
  };
  const opts = { passive: true, capture: true, signal };
  addEventListener('pointermove', onMove, opts);
  addEventListener('scroll', (e) => shown && !ui.isInTooltip(e) && hideNow(), opts);
  addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      hideNow();
      ui.hide(); // also a tooltip opened from the keyboard, which the pointer never "showed"
    },
    { capture: true, signal },
  );
  document.documentElement.addEventListener('pointerleave', () => !last.inTooltip && hideNow(), { signal });
  signal.addEventListener('abort', hideNow);
}
