import { useEffect, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../core/glossary-schema';
import type { ExplainedTerm } from '../core/protocol';
import type { PageState, PopupActions } from './actions';
import { exportPageTerms } from './page-file';
import type { TermCardDisplay } from '../ui/card/TermCard';
import { PopupView } from './PopupView';

type OpenCard = { id: string; term: ExplainedTerm | null | undefined };

/** Term rows drawn in the popup's first render: more than its window shows. */
const FIRST_ROWS = 40;

/** Container: holds state and talks to the tab and the background through `actions`. */
export function Popup({
  actions,
  display = { language: 'both', pinyin: true },
}: {
  actions: PopupActions;
  display?: TermCardDisplay;
}) {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  // The page's terms' entries, by the id the page found (the reader's own entries and overrides included,
  // as the background merges them): rows, cards and exports alike.
  const [entries, setEntries] = useState<ReadonlyMap<string, GlossaryEntry>>(new Map());
  const [hostAccess, setHostAccess] = useState(true);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<GlossaryEntry[]>([]);
  const [card, setCard] = useState<OpenCard | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rowLimit, setRowLimit] = useState<number | undefined>(FIRST_ROWS);

  // The list appears with its entries in one render, so no row is drawn first without its reading.
  const show = async (state: PageState | null) => {
    const ids = state?.terms.map((term) => term.id) ?? [];
    const found = ids.length ? await actions.entries(ids) : [];
    setEntries(new Map(ids.flatMap((id, i) => (found[i] ? [[id, found[i]] as const] : []))));
    setPage(state);
  };
  // Once the first rows are on screen (the frame after they render), the rest of a long list follows.
  useEffect(() => {
    if (!page || rowLimit === undefined || page.terms.length <= rowLimit) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setRowLimit(undefined)));
    return () => cancelAnimationFrame(frame);
  }, [page, rowLimit]);
  const refresh = () => void actions.listTerms().then(show);
  useEffect(() => {
    refresh();
    void actions.hasHostAccess().then(setHostAccess);
  }, [actions]);
  // The background searches (it builds its index on the first query); a late answer to an older query is dropped.
  useEffect(() => {
    if (!query.trim()) return setResults([]);
    let current = true;
    void actions.search(query).then((found) => current && setResults(found));
    return () => {
      current = false;
    };
  }, [actions, query]);

  const open = (id: string) => {
    setCard({ id, term: undefined });
    // The page's title stands in for its text: the popup has no sentence around the term.
    const context = { near: '', page: page?.title ?? '' };
    void actions.explain(id, context).then((term) => setCard((now) => (now?.id === id ? { id, term } : now)));
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && card && (e.preventDefault(), setCard(undefined));
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [card]);

  return (
    <PopupView
      page={page}
      hostAccess={hostAccess}
      lookup={(id) => entries.get(id)}
      query={query}
      results={results}
      card={card}
      display={display}
      selected={selected}
      rowLimit={rowLimit}
      onQuery={(q) => {
        setCard(undefined);
        setQuery(q);
      }}
      onOpen={open}
      onCloseCard={() => setCard(undefined)}
      onReveal={(id) => void actions.reveal(id)}
      onRevealUnexplained={(text) => void actions.revealUnexplained(text)}
      onAdd={(text) => void actions.openOptions({ add: text })}
      onSelect={(id, on) =>
        setSelected((now) => {
          const next = new Set(now);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        })
      }
      onClearSelection={() => setSelected(new Set())}
      onSiteChoice={(choice) => {
        if (!page) return;
        setPage({ ...page, site: choice });
        // The tab applies the saved choice and answers with what it decided.
        void actions.setSiteChoice(page.host, choice).then((state) => state && setPage(state));
      }}
      onMode={(mode) => {
        if (!page) return;
        setPage({ ...page, mode });
        void actions.setMode(mode).then((state) => state && setPage(state));
      }}
      onExport={(format) => {
        if (!page) return;
        const terms = selected.size ? page.terms.filter((term) => selected.has(term.id)) : page.terms;
        exportPageTerms(format, { ...page, terms }, entries);
      }}
      onAnnotateNow={() => void actions.annotateNow().then(show)}
      onRequestAccess={() => void actions.requestHostAccess().then(setHostAccess)}
      onOptions={() => void actions.openOptions()}
      onGlossary={() => void actions.openOptions({ glossary: true })}
    />
  );
}
