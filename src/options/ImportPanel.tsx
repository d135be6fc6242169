import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '../core/glossary-schema';
import { CSV_COLUMNS, entryToRecord } from '../core/glossary-csv';
import { MAX_IMPORT_BYTES, tooLarge } from '../core/import-decode';
import { rowProblem } from '../core/glossary-csv';
import { problemText } from '../ui/problem-text';
import { applyImport, importFile, type ImportPreview, type ImportResult } from '../core/personal-glossary';
import { t } from './i18n';

export interface ImportPanelProps {
  entries: readonly GlossaryEntry[];
  knownIds: ReadonlySet<string>;
  onSave: (entries: GlossaryEntry[]) => Promise<void>;
  /** Told how many entries were added and changed, once they are saved. */
  onImported: (added: number, changed: number) => void;
}

/** Errors shown at once; a file with thousands of bad rows need not build thousands of table rows. */
const SHOWN_ERRORS = 200;

function changedFields(before: GlossaryEntry, after: GlossaryEntry): string {
  const a = entryToRecord(before);
  const b = entryToRecord(after);
  return CSV_COLUMNS.filter((c) => a[c] !== b[c]).join(', ');
}

function Errors({ file, errors }: { file: string; errors: Extract<ImportResult, { ok: false }>['errors'] }) {
  return (
    <div class="problems" role="alert">
      <p>
        {errors.length === 1 ? t('impFailedOne', file) : t('impFailedMany', file, errors.length)}
        {errors.length > SHOWN_ERRORS && t('impFirst', SHOWN_ERRORS)}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('impRow')}</th>
            <th scope="col">{t('impField')}</th>
            <th scope="col">{t('impProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
            <tr key={i}>
              <td>{e.row === 0 ? '—' : e.row}</td>
              <td>{e.field}</td>
              <td>{problemText(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Preview({ file, result }: { file: string; result: ImportPreview }) {
  return (
    <div class="preview">
      <p role="status">{t('impSummary', file, result.added.length, result.changed.length, result.unchanged)}</p>
      {result.added.length > 0 && (
        <>
          <h4>{t('impNew')}</h4>
          <ul class="preview-list">
            {result.added.map((e) => (
              <li key={e.id}>
                <span lang="zh-Hans">{e.term}</span> — <span lang="en">{e.english}</span>{' '}
                <span class="muted">({e.id})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.changed.length > 0 && (
        <>
          <h4>{t('impChanged')}</h4>
          <ul class="preview-list">
            {result.changed.map(({ before, after }) => (
              <li key={after.id}>
                <span lang="zh-Hans">{after.term}</span> <span class="muted">({after.id})</span>:{' '}
                {changedFields(before, after)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ImportPanel({ entries, knownIds, onSave, onImported }: ImportPanelProps) {
  const [state, setState] = useState<{ file: string; result: ImportResult } | undefined>();
  const [saveError, setSaveError] = useState('');

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // so that choosing the same file again, after fixing it, reads it again
    setSaveError('');
    // The size the browser reports is checked before a byte is read: a huge file is never loaded.
    if (file.size > MAX_IMPORT_BYTES) {
      const { code, params } = tooLarge(file.size);
      setState({ file: file.name, result: { ok: false, errors: [rowProblem(0, 'file', code, params)] } });
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Only a preview: nothing is stored before the reader confirms it.
    setState({ file: file.name, result: importFile(bytes, { fileName: file.name }, entries, { knownIds }) });
  };

  const confirm = async (result: ImportPreview) => {
    try {
      await onSave(applyImport(entries, result));
      setState(undefined);
      onImported(result.added.length, result.changed.length);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  };

  const result = state?.result;
  const pending = result?.ok ? result.added.length + result.changed.length : 0;
  return (
    <section class="import" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('impHeading')}</h3>
      <label for="import-file">{t('impFile')}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        onChange={(e) => void choose(e.currentTarget)}
      />
      {state && result && !result.ok && <Errors file={state.file} errors={result.errors} />}
      {state && result?.ok && (
        <>
          <Preview file={state.file} result={result} />
          {saveError && (
            <p class="error" role="alert">
              {saveError}
            </p>
          )}
          <div class="actions">
            {pending > 0 && (
              <button type="button" class="primary" onClick={() => void confirm(result)}>
                {pending === 1 ? t('impConfirmOne') : t('impConfirmMany', pending)}
              </button>
            )}
            <button type="button" onClick={() => setState(undefined)}>
              {pending > 0 ? t('efCancel') : t('impClose')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
