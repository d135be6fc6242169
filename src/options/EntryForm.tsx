import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, SCOPE_LEVELS, type GlossaryEntry } from '../core/glossary-schema';
import { draftOf, entryFromDraft, type Draft } from '../core/entry-draft';
import { suggestId } from '../core/personal-entry';

export interface EntryFormProps {
  /** The entry being edited; absent when adding one. */
  initial?: GlossaryEntry;
  /** Text to start a new entry with: what the reader chose on a page. */
  newTerm?: string;
  /** The reader's other entries, whose ids and forms this one may not take. */
  others: readonly GlossaryEntry[];
  knownIds: ReadonlySet<string>;
  onSubmit: (entry: GlossaryEntry) => Promise<void>;
  onCancel: () => void;
}

type Column = keyof Draft;

interface FieldSpec {
  column: Column;
  label: string;
  hint?: string;
  kind?: 'textarea' | 'select';
  options?: readonly string[];
  lang?: string;
}

const FIELDS: FieldSpec[] = [
  { column: 'term', label: 'Term', hint: 'In simplified characters.', lang: 'zh-Hans' },
  { column: 'variants', label: 'Other forms', hint: 'Abbreviations or longer forms, separated by |.', lang: 'zh-Hans' },
  { column: 'id', label: 'Id', hint: 'Lowercase letters, digits and hyphens. Left empty, it is made from the pinyin.' },
  { column: 'english', label: 'English rendering' },
  { column: 'gloss', label: 'One-line gloss', hint: 'At most 160 characters.' },
  { column: 'explanation_en', label: 'Explanation in English', kind: 'textarea' },
  { column: 'explanation_zh', label: 'Explanation in Chinese', kind: 'textarea', lang: 'zh-Hans' },
  { column: 'category', label: 'Category', kind: 'select', options: CATEGORIES },
  { column: 'pinyin', label: 'Pinyin', hint: 'Only where the automatic reading is wrong, e.g. “zhuān jīng tè xīn”.' },
  { column: 'scope_level', label: 'Scope', kind: 'select', options: ['', ...SCOPE_LEVELS] },
  { column: 'scope_place', label: 'Place (Chinese)', hint: 'For a provincial, city or county scope.', lang: 'zh-Hans' },
  { column: 'scope_place_en', label: 'Place (English)' },
  { column: 'period_from', label: 'Current from (year)' },
  { column: 'period_to', label: 'Current until (year)' },
  { column: 'related', label: 'Related ids', hint: 'Ids of related entries, separated by |.' },
];

const LABEL = Object.fromEntries(FIELDS.map((f) => [f.column, f.label])) as Record<string, string>;

function Field({
  spec,
  value,
  errors,
  placeholder,
  onInput,
}: {
  spec: FieldSpec;
  value: string;
  errors?: string[];
  placeholder?: string;
  onInput: (value: string) => void;
}) {
  const id = `entry-${spec.column}`;
  const described = [spec.hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    name: spec.column,
    lang: spec.lang,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div class="field">
      <label for={id}>{spec.label}</label>
      {spec.kind === 'textarea' ? (
        <textarea {...common} rows={4} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : spec.kind === 'select' ? (
        <select {...common} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
          {spec.options!.map((o) => (
            <option key={o} value={o}>
              {o || '(none)'}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          value={value}
          placeholder={placeholder}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
      {spec.hint && (
        <p class="hint" id={`${id}-hint`}>
          {spec.hint}
        </p>
      )}
      {errors?.length ? (
        <p class="error" id={`${id}-error`}>
          {errors.join('; ')}
        </p>
      ) : null}
    </div>
  );
}

/** Adds or edits one entry; checks it with the import's rules before handing it on. */
export function EntryForm({ initial, newTerm, others, knownIds, onSubmit, onCancel }: EntryFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial, newTerm));
  const [errors, setErrors] = useState<Partial<Record<string, string[]>>>({});
  const [saveError, setSaveError] = useState('');
  const first = useRef<HTMLHeadingElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaveError('');
    const result = entryFromDraft(draft, others, knownIds);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    try {
      await onSubmit(result.entry);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  };

  const problems = Object.entries(errors).flatMap(([field, reasons]) =>
    (reasons ?? []).map((reason) => ({ field, reason })),
  );
  return (
    <form class="entry-form card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="entry-form-heading">
      <h3 id="entry-form-heading" tabIndex={-1} ref={first}>
        {initial ? `Edit ${initial.term}` : 'New entry'}
      </h3>
      {problems.length > 0 && (
        <div class="problems" role="alert">
          <p>Not saved: please correct {problems.length === 1 ? 'this' : 'these'}.</p>
          <ul>
            {problems.map(({ field, reason }, i) => (
              <li key={i}>
                {LABEL[field] ? <a href={`#entry-${field}`}>{LABEL[field]}</a> : field}: {reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {FIELDS.map((spec) => (
        <Field
          key={spec.column}
          spec={spec}
          value={draft[spec.column]}
          errors={errors[spec.column]}
          placeholder={spec.column === 'id' ? suggestId(draft.term) : undefined}
          onInput={(value) => setDraft((d) => ({ ...d, [spec.column]: value }))}
        />
      ))}
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {initial ? 'Save changes' : 'Add entry'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
