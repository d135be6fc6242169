import type { ExplainedTerm } from '../core/messages';
import type { ExplanationLanguage } from '../core/settings';
import { t } from '../i18n';
import { periodText, scopeText, senseLabelText, sourceText, zhText } from '../ui/term-text';

export interface PopupCardDisplay {
  language: ExplanationLanguage;
  pinyin: boolean;
}

/**
 * A term's card inside the popup. It shows what the tooltip's card shows, from the same explanation
 * the background gives the tooltip.
 * TODO(issue 12): render 12a's shared card view (src/ui/card) here once it lands on main, so the popup
 * and the tooltip draw one component; this stands in until then.
 */
export function PopupCard({
  term,
  display,
  onRelated,
}: {
  term: ExplainedTerm | null | undefined;
  display: PopupCardDisplay;
  onRelated: (id: string) => void;
}) {
  if (term === undefined) return <div class="card loading">…</div>;
  if (term === null) return <div class="card">{t('notLoaded', '')}</div>;
  const english = display.language !== 'zh';
  const chinese = display.language !== 'en';
  const meta = [
    [t('scope'), scopeText(term.scope)],
    [t('period'), periodText(term.period)],
    [t('source'), sourceText(term.source)],
  ].filter((row): row is [string, string] => row[1] !== undefined);
  return (
    <article class="card" aria-label={term.term}>
      <div class="head">
        <span class="term" lang="zh-Hans">
          {zhText(term.term)}
        </span>
        {display.pinyin && <span class="pinyin">{term.pinyin}</span>}
      </div>
      {english && <div class="english">{term.english}</div>}
      {english && <div class="gloss">{term.gloss}</div>}
      {term.sense && (
        <div class="sense">
          {t('senseHere')} <strong>{senseLabelText(term.sense)}</strong>
        </div>
      )}
      {term.expansion && (
        <ol class="expansion">
          {term.expansion.map((item) => (
            <li key={item.zh}>
              <span lang="zh-Hans">{zhText(item.zh)}</span>
              {english && <span class="en"> {item.en}</span>}
            </li>
          ))}
        </ol>
      )}
      {chinese && (
        <p class="explanation" lang="zh-Hans">
          {zhText(term.explanation.zh)}
        </p>
      )}
      {english && <p class="explanation">{term.explanation.en}</p>}
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
      {term.related.length > 0 && (
        <div class="related">
          {t('related')}{' '}
          {term.related.map((r) => (
            <button key={r.id} type="button" class="link" lang="zh-Hans" onClick={() => onRelated(r.id)}>
              {zhText(r.term)}
            </button>
          ))}
        </div>
      )}
    </article>
  );
}
