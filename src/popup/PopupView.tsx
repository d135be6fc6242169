import type { GlossaryEntry } from '../core/glossary-schema';
import type { PageTerm } from '../core/messages';
import type { PageState } from './actions';

export interface PopupViewProps {
  page: PageState | null | undefined;
  hostAccess: boolean;
  lookup: (id: string) => GlossaryEntry | undefined;
  query: string;
  results: GlossaryEntry[];
  onQuery: (q: string) => void;
  onReveal: (id: string) => void;
  onToggleSite: (enabled: boolean) => void;
  onRequestAccess: () => void;
}

function TermRow({ term, entry, onReveal }: { term: PageTerm; entry?: GlossaryEntry; onReveal: (id: string) => void }) {
  return (
    <li>
      <button type="button" class="term-row" onClick={() => onReveal(term.id)} title="Show on the page">
        <span class="zh" lang="zh-Hans">
          {entry?.term ?? term.surface}
        </span>
        <span class="count" aria-label={`${term.count} occurrences`}>
          ×{term.count}
        </span>
        <span class="gloss">{entry?.gloss ?? ''}</span>
      </button>
    </li>
  );
}

function ResultRow({ entry }: { entry: GlossaryEntry }) {
  return (
    <li class="result">
      <div>
        <span class="zh" lang="zh-Hans">
          {entry.term}
        </span>{' '}
        <span class="english">{entry.english}</span>
      </div>
      <div class="gloss">{entry.gloss}</div>
    </li>
  );
}

/** The popup's markup; takes props only. */
export function PopupView(props: PopupViewProps) {
  const { page, hostAccess, lookup, query, results } = props;
  return (
    <main>
      <header>
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Tifa Lens</h1>
      </header>
      <label class="search">
        <span class="visually-hidden">Search the glossary</span>
        <input
          type="search"
          placeholder="Search: 专精特新, zhuanjingtexin, little giant…"
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
      </label>
      {query.trim() ? (
        <section aria-label="Search results">
          {results.length ? (
            <ul class="list">
              {results.map((e) => (
                <ResultRow key={e.id} entry={e} />
              ))}
            </ul>
          ) : (
            <p class="empty">No entry matches “{query}”.</p>
          )}
        </section>
      ) : (
        <section aria-label="Terms on this page">
          {!hostAccess && (
            <div class="notice">
              <p>Tifa Lens has not been allowed to read websites, so it cannot annotate this page.</p>
              <button type="button" onClick={props.onRequestAccess}>
                Allow access to websites
              </button>
            </div>
          )}
          {page === undefined && <p class="empty">Reading the page…</p>}
          {page === null && hostAccess && <p class="empty">No Chinese text to annotate on this page.</p>}
          {page && (
            <>
              <label class="switch">
                <input
                  type="checkbox"
                  checked={page.enabled}
                  onChange={(e) => props.onToggleSite(e.currentTarget.checked)}
                />
                Annotate {page.host}
              </label>
              {page.enabled && page.terms.length === 0 && <p class="empty">No policy terms found on this page.</p>}
              {page.terms.length > 0 && (
                <>
                  <h2>
                    {page.terms.length} term{page.terms.length === 1 ? '' : 's'} on this page
                  </h2>
                  <ul class="list">
                    {page.terms.map((t) => (
                      <TermRow key={t.id} term={t} entry={lookup(t.id)} onReveal={props.onReveal} />
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </section>
      )}
    </main>
  );
}
