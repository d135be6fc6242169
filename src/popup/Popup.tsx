import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../core/glossary-schema';
import { byId } from '../core/glossary-index';
import { buildSearchIndex, searchGlossary } from '../core/search';
import type { PageState, PopupActions } from './actions';
import { exportPageTerms } from './page-file';
import { PopupView } from './PopupView';

/** Container: holds state and talks to the tab through `actions`. */
export function Popup({ actions, glossary }: { actions: PopupActions; glossary: readonly GlossaryEntry[] }) {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [hostAccess, setHostAccess] = useState(true);
  const [query, setQuery] = useState('');
  const entries = useMemo(() => byId(glossary), [glossary]);
  // The search index (pinyin and English forms of every entry, about 100 ms on a cold start) is built on
  // the first query, not before the first render: the page's term list must not wait for it.
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildSearchIndex(glossary) : []), [glossary, searching]);
  const results = useMemo(() => searchGlossary(index, query).map((h) => h.entry), [index, query]);

  const refresh = () => void actions.listTerms().then(setPage);
  useEffect(() => {
    refresh();
    void actions.hasHostAccess().then(setHostAccess);
  }, [actions]);

  return (
    <PopupView
      page={page}
      hostAccess={hostAccess}
      lookup={(id) => entries.get(id)}
      query={query}
      results={results}
      onQuery={setQuery}
      onReveal={(id) => void actions.reveal(id)}
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
      onExport={(format) => page && exportPageTerms(format, page, entries)}
      onAnnotateNow={() => void actions.annotateNow().then(setPage)}
      onRequestAccess={() => void actions.requestHostAccess().then(setHostAccess)}
    />
  );
}
