import { useEffect, useRef, useState } from 'preact/hooks';
import type { Category, GlossaryEntry, ScopeLevel } from '../core/glossary-schema';
import { draftOf, entryFromDraft, type Draft, type DraftErrors, type FieldProblem } from '../core/entry-draft';
import { problemText } from '../ui/problem-text';
import { suggestId } from '../core/personal-entry';
import { t, tParts, type UiKey } from './i18n';

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
  label: UiKey;
  hint?: UiKey;
  kind?: 'textarea' | 'select';
  /** A select's stored values, each with the key of its name. */
  options?: readonly (readonly [string, UiKey])[];
  lang?: string;
}

// Records, so that the type fails when a category or scope level is added without a name.
const CATEGORY_NAMES: Record<Category, UiKey> = {
  doctrine: 'catDoctrine',
  'party-building': 'catPartyBuilding',
  economy: 'catEconomy',
  industry: 'catIndustry',
  rural: 'catRural',
  environment: 'catEnvironment',
  governance: 'catGovernance',
  society: 'catSociety',
  pandemic: 'catPandemic',
  foreign: 'catForeign',
  meetings: 'catMeetings',
  local: 'catLocal',
};
const SCOPE_NAMES: Record<ScopeLevel | '', UiKey> = {
  '': 'efNone',
  national: 'national',
  province: 'province',
  city: 'city',
  county: 'county',
};

const FIELDS: FieldSpec[] = [
  { column: 'term', label: 'efTerm', hint: 'efTermHint', lang: 'zh-Hans' },
  { column: 'variants', label: 'efVariants', hint: 'efVariantsHint', lang: 'zh-Hans' },
  { column: 'id', label: 'efId', hint: 'efIdHint' },
  { column: 'english', label: 'efEnglish' },
  { column: 'gloss', label: 'efGloss', hint: 'efGlossHint' },
  { column: 'explanation_en', label: 'efExplanationEn', kind: 'textarea' },
  { column: 'explanation_zh', label: 'efExplanationZh', kind: 'textarea', lang: 'zh-Hans' },
  { column: 'category', label: 'efCategory', kind: 'select', options: Object.entries(CATEGORY_NAMES) },
  { column: 'pinyin', label: 'efPinyin', hint: 'efPinyinHint' },
  { column: 'scope_level', label: 'efScope', kind: 'select', options: Object.entries(SCOPE_NAMES) },
  { column: 'scope_place', label: 'efPlace', hint: 'efPlaceHint', lang: 'zh-Hans' },
  { column: 'scope_place_en', label: 'efPlaceEn' },
  { column: 'period_from', label: 'efFrom' },
  { column: 'period_to', label: 'efTo' },
  { column: 'related', label: 'efRelated', hint: 'efRelatedHint' },
];

const LABEL = Object.fromEntries(FIELDS.map((f) => [f.column, f.label])) as Partial<Record<string, UiKey>>;

function Field({
  spec,
  value,
  errors,
  placeholder,
  onInput,
}: {
  spec: FieldSpec;
  value: string;
  errors?: FieldProblem[];
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
      <label for={id}>{t(spec.label)}</label>
      {spec.kind === 'textarea' ? (
        <textarea {...common} rows={4} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : spec.kind === 'select' ? (
        <select {...common} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
          {spec.options!.map(([value, name]) => (
            <option key={value} value={value}>
              {t(name)}
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
          {t(spec.hint)}
        </p>
      )}
      {errors?.length ? (
        <p class="error" id={`${id}-error`}>
          {errors.map(problemText).join('；')}
        </p>
      ) : null}
    </div>
  );
}

/** Adds or edits one entry; checks it with the import's rules before handing it on. */
export function EntryForm({ initial, newTerm, others, knownIds, onSubmit, onCancel }: EntryFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial, newTerm));
  const [errors, setErrors] = useState<DraftErrors>({});
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

  const problems = Object.entries(errors).flatMap(([field, found]) =>
    (found ?? []).map((problem) => ({ field, reason: problemText(problem) })),
  );
  return (
    <form class="entry-form card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="entry-form-heading">
      <h3 id="entry-form-heading" tabIndex={-1} ref={first}>
        {initial ? t('glEditEntry', initial.term) : t('efNew')}
      </h3>
      {problems.length > 0 && (
        <div class="problems" role="alert">
          <p>{problems.length === 1 ? t('efProblemsOne') : t('efProblemsMany')}</p>
          <ul>
            {problems.map(({ field, reason }, i) => {
              const label = LABEL[field];
              const name = label ? <a href={`#entry-${field}`}>{t(label)}</a> : field;
              return <li key={i}>{tParts('efProblem', name, reason)}</li>;
            })}
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
          {initial ? t('efSaveChanges') : t('efAddEntry')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('efCancel')}
        </button>
      </div>
    </form>
  );
}
