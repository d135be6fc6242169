// The detection set's split, fixed before any tuning on the second batch: a page of batch 2 is held out
// when the FNV-1a hash of its URL is odd. The first 79 pages were tuned on by earlier work, so they all
// belong to the tune half.

/** 32-bit FNV-1a over the URL's UTF-16 code units: stable, dependency-free, and spreads similar URLs. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** 'tune' or 'heldout'. */
export function splitOf(page) {
  return page.batch === 2 && fnv1a(page.url) % 2 === 1 ? 'heldout' : 'tune';
}
