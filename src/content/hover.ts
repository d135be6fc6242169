import type { Annotator, TermHit } from './annotator';
import { termAt } from './hit-test';
import { mark } from './marks';

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
export interface HoverControl {
  /** The card (another document) tells us when the pointer entered or left it, and when (Date.now()). */
  pointerInCard(inside: boolean, at: number): void;
  hideNow(): void;
}

/**
 * Only trusted events act: a page script can dispatch pointer events, but it must not be able to open
 * cards on terms of its choosing and watch what happens.
 */
export function watchHover(annotator: Annotator, ui: HoverCallbacks, signal: AbortSignal): HoverControl {
  let shown: TermHit | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last = { x: 0, y: 0, inTooltip: false };
  let inCard = false;
  /** When this page last saw the pointer move (Date.now()): a card message older than that is stale. */
  let movedAt = 0;

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
    const found = last.inTooltip ? undefined : annotator.hits.size ? termAt(annotator, last.x, last.y) : undefined;
    // In the card (our host here, or the card's frame by its word): keep it open. A move this page saw
    // over a term outranks the card's word, which may be late: it never blocks a card from opening.
    if (last.inTooltip || (inCard && !found) || (found && found.hit === shown)) {
      clearTimeout(hideTimer);
      hideTimer = undefined;
      return;
    }
    cancelShow();
    if (found) {
      showTimer = setTimeout(
        () => {
          // The dwell ends here; the bench measures the card's rendering from this mark.
          mark('tifa-lens:dwell');
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
    if (!e.isTrusted) return;
    inCard = false; // a move in this document means the pointer is not in the card's frame
    movedAt = Date.now();
    last = { x: e.clientX, y: e.clientY, inTooltip: ui.isInTooltip(e) };
    if (!frame) frame = requestAnimationFrame(check);
  };
  const opts = { passive: true, capture: true, signal };
  addEventListener('pointermove', onMove, opts);
  addEventListener('scroll', (e) => e.isTrusted && shown && !ui.isInTooltip(e) && hideNow(), opts);
  addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || e.key !== 'Escape') return;
      hideNow();
      ui.hide(); // also a tooltip opened from the keyboard, which the pointer never "showed"
    },
    { capture: true, signal },
  );
  document.documentElement.addEventListener(
    'pointerleave',
    (e) => e.isTrusted && !last.inTooltip && !inCard && hideNow(),
    {
      signal,
    },
  );
  signal.addEventListener('abort', hideNow);
  return {
    // Leaving the card needs nothing here: the pointer's next move in this page decides. (The card's
    // messages arrive late; a late "left" must not close a card the pointer has since opened again.)
    pointerInCard: (inside, at) => {
      // A message sent before the pointer's last move here is about a crossing already over.
      if (at <= movedAt) return;
      inCard = inside;
      if (!inside) return;
      clearTimeout(hideTimer);
      hideTimer = undefined;
    },
    hideNow: () => {
      hideNow();
      ui.hide();
    },
  };
}
