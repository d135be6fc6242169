import type { GlossaryEntry } from '../core/glossary-schema';
import type { ExplainedTerm, TermRowEntry } from '../core/protocol';
import type { Mode, SiteChoice } from '../core/settings';
import { t } from './i18n';
import type { ExportFormat } from './page-file';
import type { PageState } from './actions';
import { TermCard, type TermCardDisplay } from '../ui/card/TermCard';
import { ResultRow, TermRowRun, UnexplainedRow } from './PopupRows';
import { FIRST_ROWS, ROWS_PER_STEP } from './term-list';
import { becauseText, reasonText } from './verdict-text';

export interface PopupViewProps {
  page: PageState | null | undefined;
  hostAccess: boolean;
  lookup: (id: string) => TermRowEntry | undefined;
  query: string;
  results: GlossaryEntry[];
  /** The card open in the popup: undefined while it loads, null when it could not be loaded. */
  card?: { id: string; term: ExplainedTerm | null | undefined };
  display: TermCardDisplay;
  /** Terms selected for export; none selected means every term. */
  selected: ReadonlySet<string>;
  /**
   * How many of the page's term rows to draw (all when absent). A long page lists two thousand terms;
   * the container draws the first screenful, then the rest after that has been painted. The rows of
   * unexplained phrases, in a closed disclosure, wait for the rest too.
   */
  rowLimit?: number;
  onQuery: (q: string) => void;
  onOpen: (id: string) => void;
  onCloseCard: () => void;
  onReveal: (id: string) => void;
  onRevealUnexplained: (text: string) => void;
  onAdd: (text: string) => void;
  onSelect: (id: string, on: boolean) => void;
  onClearSelection: () => void;
  onSiteChoice: (choice: SiteChoice) => void;
  onMode: (mode: Mode) => void;
  onAnnotateNow: () => void;
  onExport: (format: ExportFormat) => void;
  onRequestAccess: () => void;
  onOptions: () => void;
  onGlossary: () => void;
}

const KIND_KEY = { 'policy-report': 'kindReport', chinese: 'kindChinese', other: 'kindOther' } as const;

/**
 * The list's runs of rows, [from, to), up to `limit`: the first screenful, then one run per step by which
 * the container lengthens the list, so that each step draws one new run and leaves the others alone.
 */
function rowRuns(limit: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let from = 0; from < limit; from = from === 0 ? FIRST_ROWS : from + ROWS_PER_STEP) {
    runs.push([from, Math.min(limit, from === 0 ? FIRST_ROWS : from + ROWS_PER_STEP)]);
  }
  return runs;
}

/** The verdict in plain words ("Policy writing"); its reasons sit behind a disclosure. */
export function verdictLine(page: PageState): string {
  return t(KIND_KEY[page.verdict.kind]);
}

function Reasons({ page }: { page: PageState }) {
  const reasons = page.verdict.reasons;
  if (!reasons.length) return null;
  return (
    <details class="reasons">
      <summary>{t('reasonsSummary')}</summary>
      <ul>
        {reasons.map((r, i) => (
          <li key={i} class={r.against ? 'against' : 'for'}>
            <span aria-hidden="true">{r.against ? '− ' : '+ '}</span>
            {reasonText(r)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The verdict, what was decided, and the two choices, each a labelled control on its own line. */
function SiteControls({ page, props }: { page: PageState; props: PopupViewProps }) {
  return (
    <section class="site" aria-labelledby="site-heading">
      <h2 id="site-heading" class="visually-hidden">
        {t('settingsHeading')}
      </h2>
      <p class="verdict">{verdictLine(page)}</p>
      <p class="because">{t(page.annotating ? 'annotating' : 'notAnnotating', becauseText(page.because))}</p>
      <Reasons page={page} />
      {!page.annotating && page.verdict.kind !== 'other' && (
        <button type="button" class="primary" onClick={props.onAnnotateNow}>
          {t('annotateNow')}
        </button>
      )}
      <div class="controls">
        <label for="mode-choice">{t('modeName')}</label>
        <select id="mode-choice" value={page.mode} onChange={(e) => props.onMode(e.currentTarget.value as Mode)}>
          <option value="auto">{t('modeAuto')}</option>
          <option value="always">{t('modeAlways')}</option>
          <option value="off">{t('modeOff')}</option>
        </select>
        <label for="site-choice">
          {t('siteName')}
          <span class="host">{page.host}</span>
        </label>
        <select
          id="site-choice"
          value={page.site}
          onChange={(e) => props.onSiteChoice(e.currentTarget.value as SiteChoice)}
        >
          <option value="default">
            {page.mode === 'auto'
              ? t('siteDefaultAuto')
              : t('siteDefault', t(page.mode === 'off' ? 'modeOff' : 'modeAlways'))}
          </option>
          <option value="always">{t('siteAlways')}</option>
          <option value="never">{t('siteNever')}</option>
        </select>
      </div>
    </section>
  );
}

function Exports({ props }: { props: PopupViewProps }) {
  const n = props.selected.size;
  return (
    <div class="exports" role="group" aria-label={t('exportLabel')}>
      <span>{t('exportLabel')}</span>
      <button type="button" onClick={() => props.onExport('notes')}>
        {t('exportNotes')}
      </button>
      <button type="button" onClick={() => props.onExport('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" onClick={() => props.onExport('anki')}>
        {t('exportAnki')}
      </button>
      {n > 0 && (
        <p class="selection" role="status">
          {t('selectedCount', n)}{' '}
          <button type="button" class="link" onClick={props.onClearSelection}>
            {t('clearSelection')}
          </button>
        </p>
      )}
    </div>
  );
}

function PageSection({ page, props }: { page: PageState; props: PopupViewProps }) {
  return (
    <>
      <SiteControls page={page} props={props} />
      {page.annotating && page.terms.length === 0 && <p class="empty">{t('noTerms')}</p>}
      {page.terms.length > 0 && (
        <>
          <h2>{page.terms.length === 1 ? t('termsOne') : t('termsMany', page.terms.length)}</h2>
          <Exports props={props} />
          <ul class="list">
            {rowRuns(Math.min(props.rowLimit ?? page.terms.length, page.terms.length)).map(([from, to]) => (
              <TermRowRun
                key={from}
                terms={page.terms}
                from={from}
                to={to}
                lookup={props.lookup}
                selected={props.selected}
                english={props.display.language !== 'zh'}
                onOpen={props.onOpen}
                onReveal={props.onReveal}
                onSelect={props.onSelect}
              />
            ))}
          </ul>
        </>
      )}
      {page.unexplained.length > 0 && (
        <details class="unexplained">
          <summary>
            {t('unexplainedSection')} ({page.unexplained.length})
          </summary>
          <p class="hint">{t('unexplainedHint')}</p>
          {props.rowLimit === undefined && (
            <ul class="list">
              {page.unexplained.map((u) => (
                <UnexplainedRow
                  key={u.text}
                  text={u.text}
                  count={u.count}
                  onReveal={props.onRevealUnexplained}
                  onAdd={props.onAdd}
                />
              ))}
            </ul>
          )}
        </details>
      )}
    </>
  );
}

/** The popup's markup; takes props only. */
export function PopupView(props: PopupViewProps) {
  const { page, hostAccess, query, results, card } = props;
  return (
    <main>
      <header>
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Tifa Lens</h1>
      </header>
      <label class="search">
        <span class="visually-hidden">{t('searchLabel')}</span>
        <input
          type="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
      </label>
      {card ? (
        <section class="card-view">
          <button type="button" class="back link" onClick={props.onCloseCard}>
            ← {t('backToList')}
          </button>
          {card.term === undefined ? (
            <div class="card loading">…</div>
          ) : card.term === null ? (
            <div class="card">{t('notLoaded', '')}</div>
          ) : (
            // The tooltip's own card, with More open: the popup has the room, and the reader asked for it.
            <TermCard
              surface={card.term.term}
              term={card.term}
              display={{ ...props.display, details: true }}
              onRelated={(id) => props.onOpen(id)}
            />
          )}
        </section>
      ) : query.trim() ? (
        <section aria-label={t('searchResults')}>
          {results.length ? (
            <ul class="list">
              {results.map((e) => (
                <ResultRow key={e.id} entry={e} english={props.display.language !== 'zh'} onOpen={props.onOpen} />
              ))}
            </ul>
          ) : (
            <p class="empty">{t('noResult', query)}</p>
          )}
        </section>
      ) : (
        <section aria-label={t('termsSection')}>
          {!hostAccess && (
            <div class="notice">
              <p>{t('noAccess')}</p>
              <button type="button" onClick={props.onRequestAccess}>
                {t('allowAccess')}
              </button>
            </div>
          )}
          {page === undefined && <p class="empty">{t('reading')}</p>}
          {page === null && hostAccess && <p class="empty">{t('noChinese')}</p>}
          {page && <PageSection page={page} props={props} />}
        </section>
      )}
      {/* After the list, so that the search box stays the first Tab stop. */}
      <footer class="links">
        <button type="button" class="link" onClick={props.onGlossary}>
          {t('linkGlossary')}
        </button>
        <button type="button" class="link" onClick={props.onOptions}>
          {t('linkOptions')}
        </button>
      </footer>
    </main>
  );
}
