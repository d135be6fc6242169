import type { ExplainedTerm } from '../../core/messages';
import { EvidenceStrip } from './EvidenceStrip';

export interface TooltipProps {
  /** The term exactly as written on the page. */
  surface: string;
  /** Undefined while the explanation is loading; null when it could not be loaded. */
  term: ExplainedTerm | null | undefined;
  /** Shown for a selection that matches no entry: offers to add it to the reader's glossary. */
  onAdd?: () => void;
}

const LEVEL_LABEL = { national: 'National', province: 'Province', city: 'City', county: 'County' } as const;

function scopeText(t: ExplainedTerm): string | undefined {
  if (!t.scope) return undefined;
  const level = LEVEL_LABEL[t.scope.level];
  return t.scope.place ? `${level}: ${t.scope.placeEn ?? ''} ${t.scope.place}`.trim() : level;
}

function periodText(t: ExplainedTerm): string | undefined {
  const p = t.period;
  if (!p || (p.from === undefined && p.to === undefined)) return undefined;
  if (p.from !== undefined && p.to !== undefined) return p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`;
  return p.from !== undefined ? `since ${p.from}` : `until ${p.to}`;
}

function sourceText(t: ExplainedTerm): string | undefined {
  const s = t.source;
  if (!s) return undefined;
  return [s.body, s.document, s.year].filter((x) => x !== undefined).join(', ') || undefined;
}

/** The card shown beside a hovered term. Takes props only, so tests can render it alone. */
export function Tooltip({ surface, term, onAdd }: TooltipProps) {
  if (term === undefined) return <div class="card loading">{surface}…</div>;
  if (term === null && onAdd) {
    return (
      <div class="card">
        <p class="explanation">
          No entry in the glossary matches “<span lang="zh">{surface}</span>”.
        </p>
        <button type="button" class="add" onClick={onAdd}>
          Add it to my glossary
        </button>
      </div>
    );
  }
  if (term === null) return <div class="card">{surface}: no explanation could be loaded.</div>;
  const meta = [
    ['Scope', scopeText(term)],
    ['Period', periodText(term)],
    ['Source', sourceText(term)],
  ].filter((row): row is [string, string] => row[1] !== undefined);
  return (
    <div class="card" lang="en">
      <div class="head">
        <span class="term" lang="zh-Hans">
          {term.term}
        </span>
        {surface !== term.term && (
          <span class="surface" lang="zh-Hant" title="As written on the page">
            {surface}
          </span>
        )}
        <span class="pinyin">{term.pinyin}</span>
      </div>
      <div class="english">{term.english}</div>
      <div class="gloss">{term.gloss}</div>
      {term.sense && (
        <div class="sense">
          Sense here: <strong>{term.sense.label}</strong>
          {term.sense.reasons.length > 0 && <span class="why"> ({term.sense.reasons.slice(0, 3).join('; ')})</span>}
          {term.sense.others > 0 && <span class="why"> · {term.sense.others} other sense(s)</span>}
        </div>
      )}
      {term.expansion && (
        <ol class="expansion">
          {term.expansion.map((item) => (
            <li key={item.zh}>
              <span lang="zh-Hans">{item.zh}</span> <span class="en">{item.en}</span>
            </li>
          ))}
        </ol>
      )}
      <p class="explanation">{term.explanation.en}</p>
      <p class="explanation" lang="zh-Hans">
        {term.explanation.zh}
      </p>
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
          Related:{' '}
          {term.related.map((r, i) => (
            <span key={r.id} title={r.english} lang="zh-Hans">
              {i > 0 ? '、' : ''}
              {r.term}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
