// The long-tail figures of issue 11, for glossary:coverage: how many labelled terms are lit (explained by
// the glossary, or flagged by the formula finder), how many flagged formulas get a definition found in
// the page itself, and how often a flag lands on text that no label accounts for. Prints counts only,
// never terms, so that it can run over the held-out set without showing what is in it.

/** Whether [start, end) overlaps any of `spans`. */
const overlapsAny = (start, end, spans) => spans.some((s) => s.start < end && start < s.end);

export function measureLongTail(title, set, { m, norm, index, unexplained }) {
  let labelled = 0,
    explained = 0,
    flagged = 0,
    candidates = 0,
    defined = 0,
    withParts = 0,
    stray = 0,
    highlights = 0;
  for (const r of set) {
    const text = norm.normalize(r.excerpt).text;
    const hits = m.findAll(text);
    const found = unexplained.findUnexplained(text, hits);
    highlights += hits.length + found.length;
    candidates += found.length;
    defined += found.filter((c) => c.definition).length;
    withParts += found.filter((c) => c.parts.length).length;
    const spans = [];
    for (const term of new Set(r.terms)) {
      labelled++;
      const t = index.matchForm(term);
      const at = text.indexOf(t);
      if (at < 0) continue;
      spans.push({ start: at, end: at + t.length });
      if (hits.some((h) => h.start <= at && h.end >= at + t.length)) explained++;
      else if (overlapsAny(at, at + t.length, found)) flagged++;
    }
    stray += found.filter((c) => !overlapsAny(c.start, c.end, spans)).length;
  }
  const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`  long tail (${title}):`);
  console.log(
    `    lit, explained or flagged:  ${explained + flagged} of ${labelled} (${pct(explained + flagged, labelled)}): explained ${explained}, flagged ${flagged}`,
  );
  console.log(
    `    flagged formulas:           ${candidates}; with an in-page definition ${defined} (${pct(defined, candidates)}), with parts found nearby ${withParts}`,
  );
  console.log(
    `    flags on no labelled term:  ${stray} of ${highlights} highlights (${pct(stray, highlights)}; an upper bound on ordinary text flagged)`,
  );
}
