import { Component } from 'preact';
import type { GlossaryEntry } from '../core/glossary-schema';
import type { PageTerm, TermRowEntry } from '../core/protocol';
import { t } from '../i18n';
import { zhLang, zhText } from '../ui/term-text';

/**
 * What a row shows of an entry: the headword, its reading and English name. The background fills in
 * every entry's reading (`pinyin`), so the popup carries no pinyin converter.
 */
function EntryLine({
  entry,
  fallback,
  english,
}: {
  entry?: Pick<GlossaryEntry, 'term' | 'english' | 'pinyin'>;
  fallback: string;
  english: boolean;
}) {
  return (
    <>
      <span class="zh" lang={zhLang()}>
        {zhText(entry?.term ?? fallback)}
      </span>
      {entry?.pinyin && <span class="pinyin">{entry.pinyin}</span>}
      {entry && english && <span class="english">{entry.english}</span>}
    </>
  );
}

/**
 * A term found on the page. The row opens the term's card; the arrow shows it on the page; the box
 * selects it for export (Anki decks and notes of just the terms the reader wants).
 */
export function TermRow(props: {
  term: PageTerm;
  entry?: TermRowEntry;
  selected: boolean;
  /** False when the reader reads explanations in Chinese only: the row leaves out the English name. */
  english: boolean;
  onOpen: (id: string) => void;
  onReveal: (id: string) => void;
  onSelect: (id: string, on: boolean) => void;
}) {
  const { term, entry } = props;
  const name = entry?.term ?? term.surface;
  return (
    <li class="row">
      <input
        type="checkbox"
        class="pick"
        checked={props.selected}
        aria-label={t('selectTerm', name)}
        onChange={(e) => props.onSelect(term.id, e.currentTarget.checked)}
      />
      <button type="button" class="term-row" onClick={() => props.onOpen(term.id)} title={t('openCard', name)}>
        <EntryLine entry={entry} fallback={term.surface} english={props.english} />
        <span class="count" aria-label={t('occurrences', term.count)}>
          ×{term.count}
        </span>
      </button>
      <button
        type="button"
        class="reveal"
        title={t('showOnPage')}
        aria-label={t('showOnPage')}
        onClick={() => props.onReveal(term.id)}
      >
        ↧
      </button>
    </li>
  );
}

interface RunProps {
  terms: readonly PageTerm[];
  from: number;
  to: number;
  lookup: (id: string) => TermRowEntry | undefined;
  selected: ReadonlySet<string>;
  english: boolean;
  onOpen: (id: string) => void;
  onReveal: (id: string) => void;
  onSelect: (id: string, on: boolean) => void;
}

/**
 * The term rows from `from` to `to`. A long list grows a run at a time, and a run is drawn again only when
 * what its rows show changes, so each step costs the new rows alone. Its rows call the handlers the run was
 * last given (Preact hands a component its new props even when it skips drawing).
 */
export class TermRowRun extends Component<RunProps> {
  override shouldComponentUpdate(next: RunProps): boolean {
    const now = this.props;
    return (['terms', 'from', 'to', 'lookup', 'selected', 'english'] as const).some((key) => next[key] !== now[key]);
  }

  private readonly open = (id: string) => this.props.onOpen(id);
  private readonly reveal = (id: string) => this.props.onReveal(id);
  private readonly select = (id: string, on: boolean) => this.props.onSelect(id, on);

  override render() {
    const { terms, from, to, lookup, selected, english } = this.props;
    return terms
      .slice(from, to)
      .map((term) => (
        <TermRow
          key={term.id}
          term={term}
          entry={lookup(term.id)}
          selected={selected.has(term.id)}
          english={english}
          onOpen={this.open}
          onReveal={this.reveal}
          onSelect={this.select}
        />
      ));
  }
}

/** A search hit: opens the entry's card in the popup. */
export function ResultRow({
  entry,
  english,
  onOpen,
}: {
  entry: GlossaryEntry;
  english: boolean;
  onOpen: (id: string) => void;
}) {
  return (
    <li class="row">
      <button type="button" class="term-row" onClick={() => onOpen(entry.id)} title={t('openCard', entry.term)}>
        <EntryLine entry={entry} fallback={entry.term} english={english} />
      </button>
    </li>
  );
}

/** Formula-like text the glossary lacks: clicking finds it on the page; the reader may add it to their glossary. */
export function UnexplainedRow(props: {
  text: string;
  count: number;
  onReveal: (text: string) => void;
  onAdd: (text: string) => void;
}) {
  return (
    <li class="row">
      <button
        type="button"
        class="term-row phrase-row"
        onClick={() => props.onReveal(props.text)}
        title={t('showOnPage')}
      >
        <span class="zh" lang="zh">
          {props.text}
        </span>
        <span class="count">×{props.count}</span>
      </button>
      <button type="button" class="add" onClick={() => props.onAdd(props.text)}>
        {t('addIt')}
      </button>
    </li>
  );
}
