// Expressions evaluated in the page's main world. CSS.highlights is shared by all worlds of a
// document, so the page can see what the extension registered.

export interface ProbedRange {
  text: string;
  inControls: boolean;
  rect: { x: number; y: number; width: number; height: number } | null;
}

/** Every range of our term highlight, its visible text (ruby annotations removed) and first rect. */
export const PROBE_RANGES = `(() => {
  const h = new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])].sort((a, b) => { try { return a.compareBoundaryPoints(Range.START_TO_START, b); } catch { return 0; } }));
  if (!h) return [];
  const controls = document.getElementById('controls');
  return [...h].map((r) => {
    const frag = r.cloneContents();
    frag.querySelectorAll('rt, rp').forEach((e) => e.remove());
    const rect = r.getClientRects()[0];
    return {
      text: frag.textContent,
      inControls: !!controls && controls.contains(r.commonAncestorContainer),
      rect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
    };
  });
})()`;

/** Resolves once the highlight has been non-empty and unchanged for a moment (or times out). */
export const WAIT_FOR_HIGHLIGHTS = `new Promise((resolve) => {
  let last = -1, stable = 0;
  const started = Date.now();
  const tick = () => {
    const size = new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])].sort((a, b) => { try { return a.compareBoundaryPoints(Range.START_TO_START, b); } catch { return 0; } }))?.size ?? 0;
    stable = size > 0 && size === last ? stable + 1 : 0;
    last = size;
    if (stable >= 3 || Date.now() - started > 15000) resolve(size);
    else setTimeout(tick, 100);
  };
  tick();
})`;

/**
 * What the page can see of the card: 'none' when the extension added no element beside head and body,
 * 'open' when such an element has a shadow root the page can read, 'closed' otherwise.
 */
export const PAGE_SEES_SHADOW = `(() => {
  const added = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
  if (!added.length) return 'none';
  return added.some((el) => el.shadowRoot) ? 'open' : 'closed';
})()`;

export const MUTATIONS = `window.__mutations`;

/** Scrolls so that the page-level y coordinate of a range is on screen; returns the new rect. */
export const scrollToText = (index: number) => `(() => {
  const r = [...new Set([...(CSS.highlights.get('tifa-lens-term') ?? []), ...(CSS.highlights.get('tifa-lens-vocabulary') ?? [])].sort((a, b) => { try { return a.compareBoundaryPoints(Range.START_TO_START, b); } catch { return 0; } }))][${index}];
  const el = r.startContainer.parentElement;
  el.scrollIntoView({ block: 'center' });
  const rect = r.getClientRects()[0];
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
})()`;

/** The text of every range in the quieter "not yet in the glossary" highlight. */
export const UNEXPLAINED_TEXTS = `[...(CSS.highlights.get('tifa-lens-unexplained') ?? [])].map((r) => r.toString())`;
