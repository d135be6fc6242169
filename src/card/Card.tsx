import type { ExplainedTerm } from '../core/messages';
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

/** The card shown beside a hovered term: the term's card once its explanation is in, or why there is none. */
export function Card({ surface, term, onAdd, display = { language: 'both', pinyin: true }, ...more }: CardProps) {
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
  return <TermCard surface={surface} term={term} display={display} {...more} />;
}

/** What we can say about formula-like text the glossary lacks: that it looks like one, and its likely parts. */
export function Unexplained({
  surface,
  parts,
  onAdd,
}: {
  surface: string;
  parts: string[];
  onAdd: (event: Event) => void;
}) {
  return (
    <div class="card">
      <div class="head">
        <span class="term" lang="zh">
          {surface}
        </span>
      </div>
      <p class="explanation">{t('unexplainedTitle')}</p>
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
      <button type="button" class="add" onClick={onAdd}>
        {t('addIt')}
      </button>
    </div>
  );
}
