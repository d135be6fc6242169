// The evaluation-set part of npm run glossary:coverage: recall of the hand-labelled terms of a set of real
// pages, what the matcher lights that no label accounts for, what it misses, and the uncovered candidates.

/** Counts the uncovered candidates (quoted phrases, numbered formulas, formulas named by their shape) in `texts`, by kind. */
export function uncoveredCandidates(texts, m, norm, unexplained) {
  const counts = { quoted: new Map(), numbered: new Map(), named: new Map() };
  for (const raw of texts) {
    const text = norm.normalize(raw).text;
    for (const c of unexplained.findUnexplained(text, m.findAll(text))) {
      counts[c.kind].set(c.text, (counts[c.kind].get(c.text) ?? 0) + 1);
    }
  }
  return counts;
}

/** "term×n term …" for the `limit` most frequent. */
function topList(counts, limit) {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([t, n]) => (n > 1 ? `${t}×${n}` : t))
    .join(' ');
}

export function printCandidates(where, counts) {
  console.log(
    `  uncovered quoted phrases in ${where} (${counts.quoted.size} distinct), top 40: ${topList(counts.quoted, 40)}`,
  );
  console.log(
    `  uncovered numbered formulas in ${where} (${counts.numbered.size} distinct), top 40: ${topList(counts.numbered, 40)}`,
  );
  console.log(
    `  uncovered formulas named by their shape in ${where} (${counts.named.size} distinct), top 40: ${topList(counts.named, 40)}`,
  );
}

/**
 * Recall of the labelled terms in `set` (exactly highlighted, or inside a longer highlighted formula),
 * the highlights no label accounts for, the misses, and the uncovered candidates. A `blind` set (the held-out
 * set) prints its figures only: its terms must not be seen, or they would steer the glossary work.
 */
export function measure(title, file, set, { m, norm, index, unexplained }, { blind = false } = {}) {
  let labelled = 0,
    exact = 0,
    inside = 0,
    partly = 0,
    highlighted = 0,
    unlabelled = 0;
  const missed = new Map();
  const extra = new Map();
  for (const r of set) {
    const text = norm.normalize(r.excerpt).text;
    const hits = m.findAll(text);
    highlighted += hits.length;
    const covered = new Array(hits.length).fill(false);
    for (const term of new Set(r.terms)) {
      labelled++;
      const t = index.matchForm(term);
      const at = text.indexOf(t);
      const exactHit = hits.findIndex((h) => text.slice(h.start, h.end) === t);
      const overlapping = at < 0 ? -1 : hits.findIndex((h) => h.start <= at && h.end >= at + t.length);
      if (exactHit >= 0) {
        exact++;
        covered[exactHit] = true;
      } else if (overlapping >= 0) {
        inside++;
        covered[overlapping] = true;
      } else {
        missed.set(term, (missed.get(term) ?? 0) + 1);
        // Not covered, but a known part of it is highlighted (高质量发展 in 全方位推动高质量发展).
        if (at >= 0 && hits.some((h) => h.start >= at && h.end <= at + t.length)) partly++;
      }
    }
    const labels = [...new Set(r.terms)].map(index.matchForm);
    hits.forEach((h, i) => {
      const form = text.slice(h.start, h.end);
      // Repeats of a labelled term, and labelled terms found in part, are not extras.
      if (covered[i] || labels.some((t) => form.includes(t) || t.includes(form))) return;
      unlabelled++;
      extra.set(form, (extra.get(form) ?? 0) + 1);
    });
  }
  const pct = (n, d) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`${title}: ${set.length} real pages, ${labelled} labelled terms (${file})`);
  console.log(`  highlighted exactly:          ${exact} (${pct(exact, labelled)})`);
  console.log(`  inside a longer formula:      ${inside} (${pct(inside, labelled)})`);
  console.log(`  covered in all:               ${exact + inside} (${pct(exact + inside, labelled)})`);
  console.log(`  not covered, a part shown:    ${partly} (${pct(partly, labelled)})`);
  console.log(`  highlights not among labels:  ${unlabelled} of ${highlighted} (review for false positives)`);
  if (blind) {
    console.log(`  (figures only: the terms of this set are not printed, so that they cannot steer the glossary)`);
    return;
  }
  const top = [...missed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const extras = [...extra].sort((a, b) => b[1] - a[1]);
  console.log(
    `  unlabelled highlights, first 60: ${extras
      .slice(0, 60)
      .map(([t, n]) => (n > 1 ? `${t}×${n}` : t))
      .join(' ')}`,
  );
  if (process.argv.includes('--missed')) {
    for (const [t, n] of top) console.log(`MISSED\t${t}\t${n}\t${file}`);
  }
  console.log(
    `  missed (${top.length} distinct), first 60: ${top
      .slice(0, 60)
      .map(([t, n]) => (n > 1 ? `${t}×${n}` : t))
      .join(' ')}`,
  );
  printCandidates(
    `the ${title.toLowerCase()}`,
    uncoveredCandidates(
      set.map((r) => r.excerpt),
      m,
      norm,
      unexplained,
    ),
  );
}
