import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../core/glossary-schema';
import type { ExplainedTerm } from '../core/protocol';
import type { PageState, PopupActions } from './actions';
import type { TermCardDisplay } from '../ui/card/TermCard';
import { PopupView } from './PopupView';
import {
  FIRST_ROWS,
  ROWS_PER_STEP,
  firstList,
  firstRowsOf,
  rowsFor,
  type FirstList,
  type RowEntries,
} from './term-list';

type OpenCard = { id: string; term: ExplainedTerm | null | undefined };

/** Container: holds state and talks to the tab and the background through `actions`. */
export function Popup({
  actions,
  first,
  display = { language: 'both', pinyin: true },
}: {
  actions: PopupActions;
  /**
   * The tab's state and first rows, asked for by the entry script: drawn in the first render when they
   * are already in, else when they arrive. Asked for here when absent.
   */
  first?: FirstList | Promise<FirstList>;
  display?: TermCardDisplay;
}) {
  const [ready, pending] = first instanceof Promise ? [undefined, first] : [first, undefined];
  const [page, setPage] = useState<PageState | null | undefined>(ready?.page);
  // What the rows show of the page's terms' entries, by the id the page found (the reader's own entries
  // and overrides included, as the background merges them). Cards and exports ask for whole entries.
  const [rows, setRows] = useState<RowEntries>(ready?.rows ?? new Map());
  const [hostAccess, setHostAccess] = useState(true);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<GlossaryEntry[]>([]);
  const [card, setCard] = useState<OpenCard | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [rowLimit, setRowLimit] = useState<number | undefined>(FIRST_ROWS);
  // One function per set of rows: the list's runs of rows are drawn again only when it changes.
  const lookup = useMemo(() => (id: string) => rows.get(id), [rows]);

  // The first screenful of rows appears with its entries in one render, so no row is drawn first
  // without its reading.
  const showList = ({ page: state, rows: found }: FirstList) => {
    if (__TIFA_MARKS__) performance.mark('tifa-lens:popup-show');
    setRows((now) => new Map([...now, ...found]));
    setPage(state);
    setRowLimit(FIRST_ROWS);
  };
  const show = async (state: PageState | null) => showList({ page: state, rows: await firstRowsOf(actions, state) });
  // Once the first rows are on screen (the frame after they render), the rest of a long list follows with
  // the rows of its other terms, a few hundred rows a frame.
  useEffect(() => {
    if (!page || rowLimit === undefined) return;
    let current = true;
    const missing = page.terms.map((term) => term.id).filter((id) => !rows.has(id));
    const more = rowLimit + ROWS_PER_STEP;
    const drawMore = () => current && setRowLimit(more >= page.terms.length ? undefined : more);
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (!missing.length) return drawMore();
        void rowsFor(actions, missing).then((found) => {
          if (!current) return;
          setRows((now) => new Map([...now, ...found]));
          drawMore();
        });
      }),
    );
    return () => {
      current = false;
      cancelAnimationFrame(frame);
    };
  }, [page, rowLimit]);
  useEffect(() => {
    if (!ready) void (pending ?? firstList(actions)).then(showList);
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
      lookup={lookup}
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
        void actions.setSiteChoice(page.host, choice).then((state) => state && show(state));
      }}
      onMode={(mode) => {
        if (!page) return;
        setPage({ ...page, mode });
        void actions.setMode(mode).then((state) => state && show(state));
      }}
      onExport={(format) => {
        if (!page) return;
        const terms = selected.size ? page.terms.filter((term) => selected.has(term.id)) : page.terms;
        // Whole entries, asked for now: the list holds only what its rows show. The writers (CSV among
        // them) load now too, not with the popup. The click's activation lasts seconds, well past this,
        // so the download is still the reader's.
        const ids = terms.map((term) => term.id);
        void Promise.all([actions.entries(ids), import('./page-file')]).then(([found, { exportPageTerms }]) => {
          const entries = new Map<string, GlossaryEntry>(
            ids.flatMap((id, i) => (found[i] ? [[id, found[i]] as const] : [])),
          );
          exportPageTerms(format, { ...page, terms }, entries);
        });
      }}
      onAnnotateNow={() => void actions.annotateNow().then(show)}
      onRequestAccess={() => void actions.requestHostAccess().then(setHostAccess)}
      onOptions={() => void actions.openOptions()}
      onGlossary={() => void actions.openOptions({ glossary: true })}
    />
  );
}
