// Expressions evaluated in the page's main world. CSS.highlights is shared by all worlds of a
// document, so the page can see what the extension registered.

export interface ProbedRange {
  text: string;
  inControls: boolean;
  rect: { x: number; y: number; width: number; height: number } | null;
}

/** Every range of our term highlight, its visible text (ruby annotations removed) and first rect. */
export const PROBE_RANGES = `(() => {
  const h = CSS.highlights.get('tifa-lens-term');
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
    const size = CSS.highlights.get('tifa-lens-term')?.size ?? 0;
    stable = size > 0 && size === last ? stable + 1 : 0;
    last = size;
    if (stable >= 3 || Date.now() - started > 15000) resolve(size);
    else setTimeout(tick, 100);
  };
  tick();
})`;

export const TOOLTIP_STATE = `(() => {
  const host = document.querySelector('tifa-lens-tooltip');
  const root = host && host.shadowRoot;
  const box = root && root.querySelector('[role="tooltip"]');
  if (!host || !box) return null;
  const style = getComputedStyle(host);
  const r = host.getBoundingClientRect();
  return {
    text: box.textContent,
    visible: style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0,
    inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    shadowMode: root.mode,
  };
})()`;

export const MUTATIONS = `window.__mutations`;

/** Scrolls so that the page-level y coordinate of a range is on screen; returns the new rect. */
export const scrollToText = (index: number) => `(() => {
  const r = [...CSS.highlights.get('tifa-lens-term')][${index}];
  const el = r.startContainer.parentElement;
  el.scrollIntoView({ block: 'center' });
  const rect = r.getClientRects()[0];
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
})()`;

/** The text of every range in the quieter "not yet in the glossary" highlight. */
export const UNEXPLAINED_TEXTS = `[...(CSS.highlights.get('tifa-lens-unexplained') ?? [])].map((r) => r.toString())`;
