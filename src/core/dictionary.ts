/**
 * The general dictionary (CC-CEDICT), as the fallback for what the glossary lacks: a word-by-word reading
 * by longest match, and the word under the pointer. The data comes in as the compact text the build
 * writes (scripts/cedict.mjs): one sense per line, `simplified<TAB>pinyin with tone numbers<TAB>glosses`
 * with glosses joined by "; ". Pure: the background loads the text and hands it here.
 */

/** One dictionary sense, pinyin with tone marks. */
export interface DictionarySense {
  pinyin: string;
  glosses: string[];
}

export interface Dictionary {
  /** Senses by simplified headword, common words before proper names. */
  words: Map<string, string[]>;
  /** The longest headword, in UTF-16 units: how far a longest match looks ahead. */
  maxLength: number;
}

/** One word of a reading: a dictionary word, a glossary term (which wins), or text it does not know. */
export interface ReadingWord {
  text: string;
  senses: DictionarySense[];
  /** Set when a glossary entry covers this word: its explanation wins over dictionary senses. */
  glossaryId?: string;
}

/** Longest matches look no further than this: CEDICT's longer headwords are idioms and names. */
const LOOKAHEAD = 8;

/** Keeps each sense line as it is; it is split only when looked up, so parsing stays cheap. */
export function parseDictionary(compact: string): Dictionary {
  const words = new Map<string, string[]>();
  let maxLength = 1;
  for (const line of compact.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const head = line.slice(0, tab);
    const senses = words.get(head);
    if (senses) senses.push(line.slice(tab + 1));
    else words.set(head, [line.slice(tab + 1)]);
    if (head.length > maxLength) maxLength = head.length;
  }
  return { words, maxLength: Math.min(maxLength, LOOKAHEAD) };
}

const MARKS: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/** One syllable, zhong1 → zhōng, lu:4 → lǜ. The mark goes on a or e, on the o of ou, else on the last vowel. */
function markSyllable(syllable: string): string {
  const found = /^([a-zü:]+?)([1-5])$/i.exec(syllable);
  if (!found) return syllable;
  const letters = found[1]!.replace(/u:|v/gi, (m) => (m[0] === 'U' || m[0] === 'V' ? 'Ü' : 'ü'));
  const tone = Number(found[2]);
  if (tone === 5) return letters;
  const lower = letters.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('aeiouü'.includes(lower[i]!)) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return letters;
  const vowel = letters[at]!;
  const marked = MARKS[vowel.toLowerCase()]![tone - 1]!;
  return letters.slice(0, at) + (vowel === vowel.toUpperCase() ? marked.toUpperCase() : marked) + letters.slice(at + 1);
}

/** "zhuan1 jing1 te4 xin1" → "zhuān jīng tè xīn". */
export function toneMarks(numbered: string): string {
  return numbered.split(' ').map(markSyllable).join(' ');
}

function senseOf(line: string): DictionarySense {
  const [pinyin = '', glosses = ''] = line.split('\t');
  return { pinyin: toneMarks(pinyin), glosses: glosses.split('; ').filter(Boolean) };
}

/** The longest dictionary word starting at `at`, with all its senses. */
export function wordAt(dict: Dictionary, text: string, at = 0): ReadingWord | undefined {
  for (let length = Math.min(dict.maxLength, text.length - at); length >= 1; length--) {
    const word = text.slice(at, at + length);
    const senses = dict.words.get(word);
    if (senses) return { text: word, senses: senses.map(senseOf) };
  }
  return undefined;
}

/**
 * A word-by-word reading of `text` by longest match. Spans the glossary knows (`known`, from the
 * glossary matcher) come out whole, marked with their entry: glossary entries always win. Characters the
 * dictionary lacks (punctuation, Latin, digits) come out as words with no senses.
 */
export function reading(
  dict: Dictionary,
  text: string,
  known: readonly { start: number; end: number; id: string }[] = [],
): ReadingWord[] {
  const words: ReadingWord[] = [];
  let i = 0;
  while (i < text.length) {
    const glossary = known.find((k) => k.start === i && k.end > i);
    if (glossary) {
      const inner = reading(dict, text.slice(glossary.start, glossary.end));
      const senses =
        inner.length === 1
          ? inner[0]!.senses
          : [{ pinyin: inner.map((w) => w.senses[0]?.pinyin ?? w.text).join(' '), glosses: [] }];
      words.push({ text: text.slice(glossary.start, glossary.end), senses, glossaryId: glossary.id });
      i = glossary.end;
      continue;
    }
    const word = wordAt(dict, text, i);
    if (word) {
      words.push(word);
      i += word.text.length;
      continue;
    }
    // Unknown text runs together (a number, a Latin word) instead of coming out letter by letter.
    const last = words.at(-1);
    if (last && !last.senses.length && !last.glossaryId) last.text += text[i]!;
    else words.push({ text: text[i]!, senses: [] });
    i++;
  }
  return words;
}
