import type { ReadingWord } from '../core/dictionary';
import { DictionarySenses, WordByWord } from '../ui/WordByWord';
import type { ExplainedTerm } from '../core/protocol';
import { t } from '../i18n';
import { TermCard, type TermCardDisplay, type TermCardProps } from '../ui/card/TermCard';

export type CardDisplay = TermCardDisplay;

export interface CardProps extends Pick<TermCardProps, 'onRelated' | 'back' | 'onToggle'> {
  /** The term exactly as written on the page. */
  surface: string;
  /** Undefined while the explanation is loading; null when it could not be loaded. */
  term: ExplainedTerm | null | undefined;
  /** Shown for a selection that matches no entry: offers to add it to the reader's glossary. */
  onAdd?: (event: Event) => void;
  display?: CardDisplay;
}

/** The offer to add text the glossary lacks to the reader's own glossary. */
function AddButton({ onAdd }: { onAdd: (event: Event) => void }) {
  return (
    <button type="button" class="add" onClick={onAdd}>
      {t('addIt')}
    </button>
  );
}

/** The text as written on the page, heading a card that has no entry behind it. */
function SurfaceHead({ surface }: { surface: string }) {
  return (
    <div class="head">
      <span class="term" lang="zh">
        {surface}
      </span>
    </div>
  );
}

/** The card shown beside a hovered term: the term's card once its explanation is in, or why there is none. */
export function Card({ surface, term, onAdd, display = { language: 'both', pinyin: true }, ...more }: CardProps) {
  if (term === undefined) return <div class="card loading">{surface}…</div>;
  if (term === null && onAdd) {
    return (
      <div class="card">
        <p class="explanation">{t('noEntry', surface)}</p>
        <AddButton onAdd={onAdd} />
      </div>
    );
  }
  if (term === null) return <div class="card">{t('notLoaded', surface)}</div>;
  return <TermCard surface={surface} term={term} display={display} {...more} />;
}

/** What the page and the dictionary say about a flagged formula, beside what the finder inferred. */
export interface FormulaDetails {
  parts: string[];
  /** The page's own definition of the formula, when it gives one. */
  definition?: string;
  /** A word-by-word reading from the general dictionary; absent until it arrives. */
  reading?: readonly ReadingWord[];
}

/**
 * What we can say about formula-like text the glossary lacks, in this order: that it looks like one, the
 * definition the page gives, the parts listed nearby, and a word-by-word reading of its words.
 */
export function Unexplained({
  surface,
  details,
  onAdd,
}: {
  surface: string;
  details: FormulaDetails;
  onAdd: (event: Event) => void;
}) {
  const { parts, definition, reading } = details;
  return (
    <div class="card">
      <SurfaceHead surface={surface} />
      <p class="explanation">{t('unexplainedTitle')}</p>
      {definition && (
        <div class="defined-here">
          <p class="why">{t('definedHere')}</p>
          <p class="definition" lang="zh">
            {definition}
          </p>
        </div>
      )}
      {parts.length > 0 && (
        <>
          <p class="why">{t('unexplainedParts')}</p>
          <ol class="expansion" lang="zh">
            {parts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        </>
      )}
      {reading && reading.length > 0 && (
        <div class="reading">
          <p class="why">{t('wordByWord')}</p>
          <WordByWord words={reading} />
        </div>
      )}
      <AddButton onAdd={onAdd} />
    </div>
  );
}

/**
 * The general dictionary's answer where the glossary has none: a selection read word by word, or the
 * word under the pointer with all its senses.
 */
export function DictionaryCard({
  surface,
  words,
  onAdd,
}: {
  surface: string;
  words: readonly ReadingWord[];
  onAdd?: (event: Event) => void;
}) {
  const single = words.length === 1 ? words[0] : undefined;
  return (
    <div class="card dictionary">
      <SurfaceHead surface={surface} />
      <p class="why">{t('dictionaryNote')}</p>
      {single ? <DictionarySenses word={single} /> : <WordByWord words={words} />}
      {onAdd && <AddButton onAdd={onAdd} />}
    </div>
  );
}
