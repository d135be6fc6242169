import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../core/glossary-schema';
import { exportCsv, exportJson, overridesOf, type Override } from '../core/personal-glossary';
import { t } from './i18n';
import { EntryForm } from './EntryForm';
import { ImportPanel } from './ImportPanel';

export interface GlossaryEditorProps {
  /** The reader's entries, as stored. */
  entries: readonly GlossaryEntry[];
  builtIn: readonly GlossaryEntry[];
  /** Stores the whole new list; rejects with a message for the reader when it cannot. */
  onSave: (entries: GlossaryEntry[]) => Promise<void>;
  onDownload: (fileName: string, mimeType: string, text: string) => void;
  /** Opens the form on a new entry for this text (the tooltip's “add to my glossary”). */
  addTerm?: string;
}

type Editing = { kind: 'none' } | { kind: 'add'; term?: string } | { kind: 'edit'; id: string };

/** A status message as t()'s arguments, so that it follows a change of the interface language. */
type Said = Parameters<typeof t>;

function overrideNote(o: Override, builtInTerm: string): string {
  if (o.how === 'id' || o.how === 'term') return t('glReplaces', builtInTerm);
  if (o.how === 'variant') return t('glTakes', o.form ?? '', builtInTerm);
  return t('glLifts', builtInTerm, o.form ?? '');
}

function EntryRow(props: {
  entry: GlossaryEntry;
  notes: string[];
  confirming: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onConfirm: (yes: boolean) => void;
}) {
  const { entry, notes, confirming } = props;
  // The buttons swap places under the keyboard focus; move it along so it is not lost to the page.
  const keep = useRef<HTMLButtonElement>(null);
  const remove = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (asked.current) remove.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  return (
    <li class="entry">
      <div>
        <span class="zh" lang="zh-Hans">
          {entry.term}
        </span>{' '}
        <span class="english" lang="en">
          {entry.english}
        </span>{' '}
        <span class="muted">({entry.id})</span>
        {notes.map((n) => (
          <div key={n} class="note">
            {n}
          </div>
        ))}
      </div>
      <div class="actions">
        {confirming ? (
          <>
            <span>{t('glDeleteAsk', entry.term)}</span>
            <button type="button" class="danger" onClick={() => props.onConfirm(true)}>
              {t('glDelete')}
            </button>
            <button type="button" ref={keep} onClick={() => props.onConfirm(false)}>
              {t('glKeep')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={props.onEdit} aria-label={t('glEditEntry', entry.term)}>
              {t('glEdit')}
            </button>
            <button type="button" ref={remove} onClick={props.onDelete} aria-label={t('glDeleteEntry', entry.term)}>
              {t('glDelete')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** The reader's glossary: list, add, edit, delete, import and export. Stores only through `onSave`. */
export function GlossaryEditor({ entries, builtIn, onSave, onDownload, addTerm }: GlossaryEditorProps) {
  const [editing, setEditing] = useState<Editing>(addTerm ? { kind: 'add', term: addTerm } : { kind: 'none' });
  // A later "add to my glossary" (this tab reused): opens the form, unless the reader is in the middle
  // of another entry, which it must not throw away; then it waits until that form closes.
  const [pendingAdd, setPendingAdd] = useState<string | undefined>();
  const firstAdd = useRef(addTerm);
  useEffect(() => {
    if (addTerm !== undefined && addTerm !== firstAdd.current) setPendingAdd(addTerm);
    firstAdd.current = undefined;
  }, [addTerm]);
  useEffect(() => {
    if (pendingAdd === undefined || editing.kind !== 'none') return;
    setEditing({ kind: 'add', term: pendingAdd });
    setPendingAdd(undefined);
  }, [pendingAdd, editing.kind]);
  const [confirming, setConfirming] = useState<string | undefined>();
  const [message, setMessage] = useState<Said | undefined>();
  const [error, setError] = useState('');
  const knownIds = useMemo(() => new Set(builtIn.map((e) => e.id)), [builtIn]);
  // Only the overrides are kept: their notes are worded at render, in the locale of the moment.
  const overrides = useMemo(() => {
    const terms = new Map(builtIn.map((b) => [b.id, b.term]));
    const byPersonal = new Map<string, [Override, string][]>();
    for (const o of overridesOf(builtIn, entries)) {
      const found: [Override, string] = [o, terms.get(o.builtInId) ?? o.builtInId];
      byPersonal.set(o.personalId, [...(byPersonal.get(o.personalId) ?? []), found]);
    }
    return byPersonal;
  }, [builtIn, entries]);

  const save = async (next: GlossaryEntry[], done: Said) => {
    await onSave(next);
    setError('');
    setMessage(done);
  };
  // When the form closes, the focus returns to the button that opens it.
  const addButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing.kind === 'none' && wasEditing.current) addButton.current?.focus();
    wasEditing.current = editing.kind !== 'none';
  }, [editing.kind]);
  const editingEntry = editing.kind === 'edit' ? entries.find((e) => e.id === editing.id) : undefined;

  const submit = async (entry: GlossaryEntry) => {
    const next = editingEntry ? entries.map((e) => (e.id === editingEntry.id ? entry : e)) : [...entries, entry];
    await save(next, [editingEntry ? 'glSavedEntry' : 'glAddedEntry', entry.term]);
    setEditing({ kind: 'none' });
  };

  const remove = async (entry: GlossaryEntry) => {
    setConfirming(undefined);
    try {
      await save(
        entries.filter((e) => e.id !== entry.id),
        ['glDeletedEntry', entry.term],
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="glossary-heading" class="card">
      <h2 id="glossary-heading">{t('glHeading')}</h2>
      <p class="hint">{t('glHint')}</p>
      <p class="status" role="status">
        {message && t(...message)}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {entries.length ? (
        <ul class="entries" aria-label={t('glEntries')}>
          {entries.map((entry) => (
            <EntryRow
              key={entry.id}
              entry={entry}
              notes={(overrides.get(entry.id) ?? []).map(([o, term]) => overrideNote(o, term))}
              confirming={confirming === entry.id}
              onEdit={() => setEditing({ kind: 'edit', id: entry.id })}
              onDelete={() => setConfirming(entry.id)}
              onConfirm={(yes) => (yes ? void remove(entry) : setConfirming(undefined))}
            />
          ))}
        </ul>
      ) : (
        <p class="empty">{t('glEmpty')}</p>
      )}
      {editing.kind === 'none' ? (
        <button type="button" class="primary" ref={addButton} onClick={() => setEditing({ kind: 'add' })}>
          {t('glAdd')}
        </button>
      ) : (
        <EntryForm
          key={editing.kind === 'edit' ? editing.id : 'new'}
          initial={editingEntry}
          newTerm={editing.kind === 'add' ? editing.term : undefined}
          others={entries.filter((e) => e !== editingEntry)}
          knownIds={knownIds}
          onSubmit={submit}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      <ImportPanel
        entries={entries}
        knownIds={knownIds}
        onSave={onSave}
        onImported={(added, changed) => {
          setError('');
          setMessage(['impDone', added, changed]);
        }}
      />
      <section class="export" aria-labelledby="export-heading">
        <h3 id="export-heading">{t('glExport')}</h3>
        <div class="actions">
          <button
            type="button"
            onClick={() => onDownload('tifa-lens-glossary.json', 'application/json', exportJson(entries))}
          >
            {t('glExportJson')}
          </button>
          {/* The byte-order mark tells Excel the file is UTF-8; the import takes it off again. */}
          <button
            type="button"
            onClick={() => onDownload('tifa-lens-glossary.csv', 'text/csv', `\uFEFF${exportCsv(entries)}`)}
          >
            {t('glExportCsv')}
          </button>
        </div>
      </section>
    </section>
  );
}
