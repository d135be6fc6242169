import type { GlossaryEntry } from '../core/glossary-schema';
import type { PageTerm } from '../core/messages';
import type { Mode, SiteChoice } from '../core/settings';
import type { PageState } from './actions';

export interface PopupViewProps {
  page: PageState | null | undefined;
  hostAccess: boolean;
  lookup: (id: string) => GlossaryEntry | undefined;
  query: string;
  results: GlossaryEntry[];
  onQuery: (q: string) => void;
  onReveal: (id: string) => void;
  onSiteChoice: (choice: SiteChoice) => void;
  onMode: (mode: Mode) => void;
  onAnnotateNow: () => void;
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

const KIND_LABEL = { 'policy-report': 'Policy report', chinese: 'Chinese page', other: 'Not a Chinese page' } as const;

/** "Policy report: 本报讯 lede, 3 official titles, 11 terms" */
export function verdictLine(page: PageState): string {
  const reasons = page.verdict.reasons.slice(0, 4).join(', ');
  return reasons ? `${KIND_LABEL[page.verdict.kind]}: ${reasons}` : KIND_LABEL[page.verdict.kind];
}

function SiteControls({ page, props }: { page: PageState; props: PopupViewProps }) {
  return (
    <div class="site">
      <p class="verdict">{verdictLine(page)}</p>
      <p class="because">
        {page.annotating ? 'Annotating' : 'Not annotating'}: {page.because}.
      </p>
      {!page.annotating && page.verdict.kind !== 'other' && (
        <button type="button" class="primary" onClick={props.onAnnotateNow}>
          Annotate this page
        </button>
      )}
      <label class="site-choice">
        Mode:{' '}
        <select value={page.mode} onChange={(e) => props.onMode(e.currentTarget.value as Mode)}>
          <option value="auto">Automatic: policy reports</option>
          <option value="always">Always: any page with Chinese</option>
          <option value="off">Off</option>
        </select>
      </label>
      <label class="site-choice">
        On {page.host}:{' '}
        <select value={page.site} onChange={(e) => props.onSiteChoice(e.currentTarget.value as SiteChoice)}>
          <option value="default">
            {page.mode === 'auto' ? 'Automatic (reports only)' : `Default (${page.mode})`}
          </option>
          <option value="always">Always annotate</option>
          <option value="never">Never annotate</option>
        </select>
      </label>
    </div>
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
              <SiteControls page={page} props={props} />
              {page.annotating && page.terms.length === 0 && <p class="empty">No policy terms found on this page.</p>}
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
