import type { ReadingWord } from '../core/dictionary';

/**
 * A word-by-word reading from the general dictionary: each word with its pinyin and first glosses.
 * Words the glossary covers are marked; text the dictionary lacks (digits, punctuation) shows bare.
 * Takes props only, so that any card (the tooltip, the card frame) can show it and a test can render it.
 */
export function WordByWord({ words, glosses = 2 }: { words: readonly ReadingWord[]; glosses?: number }) {
  return (
    <ol class="word-by-word">
      {words.map((w, i) => {
        const sense = w.senses[0];
        return (
          <li key={i} class={w.glossaryId ? 'word in-glossary' : 'word'}>
            <span class="hanzi" lang="zh">
              {w.text}
            </span>
            {sense && (
              <>
                {' '}
                <span class="pinyin" lang="zh-Latn-pinyin">
                  {sense.pinyin}
                </span>
                {sense.glosses.length > 0 && (
                  <>
                    {' '}
                    <span class="gloss">{sense.glosses.slice(0, glosses).join('; ')}</span>
                  </>
                )}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Every sense of one dictionary word (the hover lookup), pinyin first. */
export function DictionarySenses({ word }: { word: ReadingWord }) {
  return (
    <ul class="dictionary-senses">
      {word.senses.map((s, i) => (
        <li key={i}>
          <span class="pinyin" lang="zh-Latn-pinyin">
            {s.pinyin}
          </span>{' '}
          <span class="gloss">{s.glosses.join('; ')}</span>
        </li>
      ))}
    </ul>
  );
}
