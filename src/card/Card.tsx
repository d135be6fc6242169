import type { ReadingWord } from '../core/dictionary';
import { DictionarySenses, WordByWord } from '../ui/WordByWord';
import type { ExplainedTerm } from '../core/messages';
import type { ExplanationLanguage } from '../core/settings';
import { t } from '../i18n';
import { periodText, scopeText, senseLabelText, senseReasonText, sourceText, zhText } from '../ui/term-text';
import { EvidenceStrip } from './EvidenceStrip';

export interface CardProps {
  /** The term exactly as written on the page. */
  surface: string;
  /** Undefined while the explanation is loading; null when it could not be loaded. */
  term: ExplainedTerm | null | undefined;
  /** Shown for a selection that matches no entry: offers to add it to the reader's glossary. */
  onAdd?: (event: Event) => void;
  display?: CardDisplay;
}

export interface CardDisplay {
  language: ExplanationLanguage;
  pinyin: boolean;
}

/** The card shown beside a hovered term. Takes props only, so tests can render it alone. */
export function Card({ surface, term, onAdd, display = { language: 'both', pinyin: true } }: CardProps) {
  if (term === undefined) return <div class="card loading">{surface}…</div>;
  if (term === null && onAdd) {
    return (
      <div class="card">
        <p class="explanation">{t('noEntry', surface)}</p>
        <button type="button" class="add" onClick={onAdd}>
          {t('addIt')}
        </button>
      </div>
    );
  }
  if (term === null) return <div class="card">{t('notLoaded', surface)}</div>;
  const meta = [
    [t('scope'), scopeText(term.scope)],
    [t('period'), periodText(term.period)],
    [t('source'), sourceText(term.source)],
  ].filter((row): row is [string, string] => row[1] !== undefined);
  // The card scrolls when the explanation is long (max-height in card.css); a Tab stop lets
  // keyboard readers, who open it with the next-term command, scroll it with the arrow keys.
  return (
    <div class="card" lang="en" tabIndex={0}>
      <div class="head">
        <span class="term" lang="zh-Hans">
          {zhText(term.term)}
        </span>
        {surface !== term.term && (
          <span class="surface" lang="zh-Hant" title={t('asOnPage')}>
            {surface}
          </span>
        )}
        {display.pinyin && <span class="pinyin">{term.pinyin}</span>}
      </div>
      {term.personal && <div class="personal">{t('personal')}</div>}
      {/* The gloss exists only in English: a reader who chose Chinese explanations reads the Chinese one. */}
      {display.language !== 'zh' && <div class="english">{term.english}</div>}
      {display.language !== 'zh' && <div class="gloss">{term.gloss}</div>}
      {term.sense && (
        <div class="sense">
          {t('senseHere')} <strong>{senseLabelText(term.sense)}</strong>
          {term.sense.reasons.length > 0 && (
            <span class="why"> ({term.sense.reasons.slice(0, 3).map(senseReasonText).join(t('listSeparator'))})</span>
          )}
          {term.sense.others > 0 && <span class="why"> · {t('otherSenses', term.sense.others)}</span>}
        </div>
      )}
      {term.expansion && (
        <ol class="expansion">
          {term.expansion.map((item) => (
            <li key={item.zh}>
              <span lang="zh-Hans">{zhText(item.zh)}</span>
              {display.language !== 'zh' && <span class="en"> {item.en}</span>}
            </li>
          ))}
        </ol>
      )}
      {display.language !== 'zh' && <p class="explanation">{term.explanation.en}</p>}
      {display.language !== 'en' && (
        <p class="explanation" lang="zh-Hans">
          {zhText(term.explanation.zh)}
        </p>
      )}
      {meta.length > 0 && (
        <dl class="meta">
          {meta.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {term.evidence && <EvidenceStrip evidence={term.evidence} />}
      {term.related.length > 0 && (
        <div class="related">
          {t('related')}{' '}
          {term.related.map((r, i) => (
            <span key={r.id} title={r.english} lang="zh-Hans">
              {i > 0 ? '、' : ''}
              {zhText(r.term)}
            </span>
          ))}
        </div>
      )}
    </div>
  );
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
      <div class="head">
        <span class="term" lang="zh">
          {surface}
        </span>
      </div>
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
      <button type="button" class="add" onClick={onAdd}>
        {t('addIt')}
      </button>
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
      <div class="head">
        <span class="term" lang="zh">
          {surface}
        </span>
      </div>
      <p class="why">{t('dictionaryNote')}</p>
      {single ? <DictionarySenses word={single} /> : <WordByWord words={words} />}
      {onAdd && (
        <button type="button" class="add" onClick={onAdd}>
          {t('addIt')}
        </button>
      )}
    </div>
  );
}
