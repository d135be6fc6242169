import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../core/glossary-schema';
import type { ExplainedTerm } from '../core/messages';
import { mergeGlossaries } from '../core/personal-glossary';
import { buildSearchIndex, searchGlossary } from '../core/search';
import type { PageState, PopupActions } from './actions';
import { exportPageTerms } from './page-file';
import type { TermCardDisplay } from '../ui/card/TermCard';
import { PopupView } from './PopupView';

type OpenCard = { id: string; term: ExplainedTerm | null | undefined };

/** Container: holds state and talks to the tab and the background through `actions`. */
export function Popup({
  actions,
  glossary,
  display = { language: 'both', pinyin: true },
}: {
  actions: PopupActions;
  glossary: readonly GlossaryEntry[];
  display?: TermCardDisplay;
}) {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [hostAccess, setHostAccess] = useState(true);
  const [query, setQuery] = useState('');
  const [personal, setPersonal] = useState<GlossaryEntry[]>([]);
  const [card, setCard] = useState<OpenCard | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The reader's entries and overrides count as the page's lens counts them: rows, cards and exports alike.
  const shown = useMemo(() => mergeGlossaries(glossary, personal).map((s) => s.entry), [glossary, personal]);
  const entries = useMemo(() => new Map(shown.map((e) => [e.id, e])), [shown]);
  // The search index (pinyin and English forms of every entry, about 100 ms on a cold start) is built on
  // the first query, not before the first render: the page's term list must not wait for it.
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildSearchIndex(shown) : []), [shown, searching]);
  const results = useMemo(() => searchGlossary(index, query).map((h) => h.entry), [index, query]);

  const refresh = () => void actions.listTerms().then(setPage);
  useEffect(() => {
    refresh();
    void actions.hasHostAccess().then(setHostAccess);
    void actions.personalEntries().then(setPersonal);
  }, [actions]);

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
        // The content script re-decides on the storage change; read its result back shortly after.
        void actions.setSiteChoice(page.host, choice).then(() => setTimeout(refresh, 600));
      }}
      onMode={(mode) => {
        if (!page) return;
        setPage({ ...page, mode });
        void actions.setMode(mode).then(() => setTimeout(refresh, 600));
      }}
      onExport={(format) => {
        if (!page) return;
        const terms = selected.size ? page.terms.filter((term) => selected.has(term.id)) : page.terms;
        exportPageTerms(format, { ...page, terms }, entries);
      }}
      onAnnotateNow={() => void actions.annotateNow().then(setPage)}
      onRequestAccess={() => void actions.requestHostAccess().then(setHostAccess)}
      onOptions={() => void actions.openOptions()}
      onGlossary={() => void actions.openOptions({ glossary: true })}
    />
  );
}
