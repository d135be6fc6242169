import type { GlossaryEntry } from '../core/glossary-schema';
import type { PageTerm } from '../core/messages';
import type { Mode, SiteChoice } from '../core/settings';
import { t } from './i18n';
import type { ExportFormat } from './page-file';
import type { PageState } from './actions';
import { becauseText, reasonText } from './verdict-text';

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
  onExport: (format: ExportFormat) => void;
  onRequestAccess: () => void;
}

function TermRow({ term, entry, onReveal }: { term: PageTerm; entry?: GlossaryEntry; onReveal: (id: string) => void }) {
  return (
    <li>
      <button type="button" class="term-row" onClick={() => onReveal(term.id)} title={t('showOnPage')}>
        <span class="zh" lang="zh-Hans">
          {entry?.term ?? term.surface}
        </span>
        <span class="count" aria-label={t('occurrences', term.count)}>
          ×{term.count}
        </span>
        <span class="gloss">{entry?.gloss ?? ''}</span>
      </button>
    </li>
  );
}

const KIND_KEY = { 'policy-report': 'kindReport', chinese: 'kindChinese', other: 'kindOther' } as const;

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

function SiteControls({ page, props }: { page: PageState; props: PopupViewProps }) {
  return (
    <div class="site">
      <p class="verdict">{verdictLine(page)}</p>
      <p class="because">{t(page.annotating ? 'annotating' : 'notAnnotating', becauseText(page.because))}</p>
      <Reasons page={page} />
      {!page.annotating && page.verdict.kind !== 'other' && (
        <button type="button" class="primary" onClick={props.onAnnotateNow}>
          {t('annotateNow')}
        </button>
      )}
      <label class="site-choice">
        {t('modeLabel')}{' '}
        <select value={page.mode} onChange={(e) => props.onMode(e.currentTarget.value as Mode)}>
          <option value="auto">{t('modeAuto')}</option>
          <option value="always">{t('modeAlways')}</option>
          <option value="off">{t('modeOff')}</option>
        </select>
      </label>
      <label class="site-choice">
        {t('siteLabel', page.host)}{' '}
        <select value={page.site} onChange={(e) => props.onSiteChoice(e.currentTarget.value as SiteChoice)}>
          <option value="default">
            {page.mode === 'auto'
              ? t('siteDefaultAuto')
              : t('siteDefault', t(page.mode === 'off' ? 'modeOff' : 'modeAlways'))}
          </option>
          <option value="always">{t('siteAlways')}</option>
          <option value="never">{t('siteNever')}</option>
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
        <span class="visually-hidden">{t('searchLabel')}</span>
        <input
          type="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
      </label>
      {query.trim() ? (
        <section aria-label={t('searchResults')}>
          {results.length ? (
            <ul class="list">
              {results.map((e) => (
                <ResultRow key={e.id} entry={e} />
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
          {page && (
            <>
              <SiteControls page={page} props={props} />
              {page.annotating && page.terms.length === 0 && <p class="empty">{t('noTerms')}</p>}
              {page.unexplained.length > 0 && (
                <details class="unexplained">
                  <summary>
                    {t('unexplainedSection')} ({page.unexplained.length})
                  </summary>
                  <ul class="list">
                    {page.unexplained.map((u) => (
                      <li key={u.text} class="result">
                        <span class="zh" lang="zh">
                          {u.text}
                        </span>{' '}
                        <span class="count">×{u.count}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {page.terms.length > 0 && (
                <>
                  <h2>{page.terms.length === 1 ? t('termsOne') : t('termsMany', page.terms.length)}</h2>
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
                  </div>
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
