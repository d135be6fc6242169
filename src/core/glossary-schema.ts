import { problemEnglish, type ProblemCode, type ProblemParams } from './problems';
/**
 * The glossary's schema. Every field is documented here; `validateEntry` is the
 * runtime check that tests run over the shipped data (and, later, over imports).
 */

export const CATEGORIES = [
  'doctrine', // ideology, Xi Jinping Thought formulas, Party theory
  'party-building', // discipline, organisation, inner-Party life
  'economy', // macro policy, reform, fiscal and monetary formulas
  'industry', // industrial and innovation programmes
  'rural', // agriculture, rural revitalisation, poverty alleviation
  'environment', // ecology and climate
  'governance', // administration, law, social management, public security
  'society', // livelihoods, population, education, health
  'pandemic', // COVID-19 era measures (2020–2022)
  'foreign', // diplomacy, Hong Kong / Macao / Taiwan, defence
  'meetings', // meeting and document vocabulary
  'local', // a province's or city's own formula (always has a non-national scope)
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCOPE_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];

/**
 * How loudly a term is shown. `formula`: tifa proper (slogans, numbered formulas, programmes, doctrinal
 * terms). `vocabulary`: general policy vocabulary (项目建设, 疫情防控) that gets a quieter style and can be hidden.
 */
export const TIERS = ['formula', 'vocabulary'] as const;
export type Tier = (typeof TIERS)[number];

/** Where a formula applies. `place` is omitted for national scope. */
export interface Scope {
  level: ScopeLevel;
  /** Place name in simplified Chinese, e.g. 河南 or 周口. */
  place?: string;
  /** The same place in English, e.g. Henan. */
  placeEn?: string;
}

/** Years in which a formula was current. Either end may be open. */
export interface Period {
  from?: number;
  to?: number;
}

/** One item of a numbered formula: which four 保, which three 一批. */
export interface ExpansionItem {
  zh: string;
  en: string;
}

export interface Bilingual {
  en: string;
  zh: string;
}

/** Only what we are sure of. Leave a field out rather than guess. */
export interface Source {
  /** Issuing body or speaker, e.g. "CPC Central Committee". */
  body?: string;
  /** Document or meeting, e.g. "2015 Central Economic Work Conference". */
  document?: string;
  /** Year the formula was first put forward by that body. */
  year?: number;
}

/** Text that picks a sense when it appears near the term or on the page. */
export interface SenseCues {
  /** Simplified words; each one found nearby adds to the sense's score. */
  words?: string[];
  /** Place names (simplified) that point to this sense. */
  places?: string[];
  /** The page's year falling inside this range points to this sense. */
  years?: Period;
}

/** One meaning of a surface form that means different things by place, time or context. */
export interface Sense {
  /** Unique within the entry, kebab-case. */
  id: string;
  /** A few English words naming the sense, shown as "sense: …". */
  label: string;
  /** The English rendering of this sense, when it differs from the entry's. */
  english?: string;
  gloss: string;
  explanation: Bilingual;
  expansion?: ExpansionItem[];
  scope?: Scope;
  period?: Period;
  source?: Source;
  cues: SenseCues;
}

export interface GlossaryEntry {
  /** Unique, lowercase ASCII kebab-case, usually toneless pinyin: "zhuan-jing-te-xin". */
  id: string;
  /** Canonical simplified form. Always matched. */
  term: string;
  /** Further simplified surface forms to match (abbreviations, longer forms). Traditional forms
   * need not be listed: pages are converted to simplified before matching. */
  variants: string[];
  /** The official or standard English rendering. */
  english: string;
  /** Where `english` comes from when it is an official rendering: a term list's address or name and year. */
  englishSource?: string;
  /** Absent means `formula`. */
  tier?: Tier;
  /** One line of English, under 120 characters. */
  gloss: string;
  /** A few sentences, in our own words, in each language. */
  explanation: Bilingual;
  category: Category;
  /** The items of a numbered formula, in the official order. */
  expansion?: ExpansionItem[];
  scope?: Scope;
  period?: Period;
  /** Ids of related entries. */
  related?: string[];
  /** Present when the same surface form has several meanings; `chooseSense` picks one. The
   * first sense is the fallback when no cue matches. */
  senses?: Sense[];
  /** Longer strings that contain one of the forms but mean something else (二十四史 holds 四史); where one
   * occurs, nothing is highlighted. */
  excludes?: string[];
  /** Tone-marked pinyin with spaces between syllables; only where the automatic reading is wrong. */
  pinyin?: string;
  source?: Source;
}

export interface ValidationIssue {
  path: string;
  /** The problem in English, for scripts and logs; UIs render `code` and `params` in their locale. */
  message: string;
  code: ProblemCode;
  params?: ProblemParams;
}

/** An issue at `path`, with its English message written from the code. */
export function issue(path: string, code: ProblemCode, params: ProblemParams = []): ValidationIssue {
  return { path, message: problemEnglish(code, params), code, ...(params.length ? { params } : {}) };
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HAN = /\p{Script=Han}/u;

type Check = (value: unknown, path: string, issues: ValidationIssue[]) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(maxLength: number, mustHaveHan = false): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string' || value.trim() === '') {
      issues.push(issue(path, 'nonEmpty'));
    } else if (value.length > maxLength) {
      issues.push(issue(path, 'maxLength', [maxLength]));
    } else if (mustHaveHan && !HAN.test(value)) {
      issues.push(issue(path, 'needsHan'));
    }
  };
}

function oneOf(options: readonly string[]): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string' || !options.includes(value)) {
      issues.push(issue(path, 'oneOf', [options.join(', ')]));
    }
  };
}

function year(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (!Number.isInteger(value) || (value as number) < 1900 || (value as number) > 2100) {
    issues.push(issue(path, 'year'));
  }
}

function arrayOf(item: Check, { min = 0 } = {}): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push(issue(path, 'array'));
      return;
    }
    if (value.length < min) issues.push(issue(path, 'minItems', [min]));
    value.forEach((v, i) => item(v, `${path}[${i}]`, issues));
  };
}

/** An object check: known fields only, each required unless its key ends in `?`. */
function object(shape: Record<string, Check>): Check {
  return (value, path, issues) => {
    if (!isRecord(value)) {
      issues.push(issue(path, 'object'));
      return;
    }
    const known = new Set<string>();
    for (const [rawKey, check] of Object.entries(shape)) {
      const optional = rawKey.endsWith('?');
      const key = optional ? rawKey.slice(0, -1) : rawKey;
      known.add(key);
      if (value[key] === undefined) {
        if (!optional) issues.push(issue(`${path}.${key}`, 'required'));
      } else {
        check(value[key], `${path}.${key}`, issues);
      }
    }
    for (const key of Object.keys(value)) {
      if (!known.has(key)) issues.push(issue(`${path}.${key}`, 'unknownField'));
    }
  };
}

const kebabId: Check = (value, path, issues) => {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    issues.push(issue(path, 'kebab'));
  }
};

const period: Check = (value, path, issues) => {
  object({ 'from?': year, 'to?': year })(value, path, issues);
  if (isRecord(value) && typeof value.from === 'number' && typeof value.to === 'number' && value.from > value.to) {
    issues.push(issue(path, 'fromAfterTo'));
  }
};

const scope: Check = (value, path, issues) => {
  object({ level: oneOf(SCOPE_LEVELS), 'place?': text(20, true), 'placeEn?': text(40) })(value, path, issues);
  if (!isRecord(value)) return;
  const national = value.level === 'national';
  if (national && value.place !== undefined) issues.push(issue(path, 'nationalNoPlace'));
  if (!national && (value.place === undefined || value.placeEn === undefined)) {
    issues.push(issue(path, 'localNeedsPlace'));
  }
};

const bilingual = object({ en: text(1500), zh: text(800, true) });
const expansion = arrayOf(object({ zh: text(60, true), en: text(200) }), { min: 2 });
const surfaceForm = text(30, true);

const source = object({ 'body?': text(120), 'document?': text(200), 'year?': year });

const sense = object({
  id: kebabId,
  label: text(60),
  'english?': text(200),
  gloss: text(160),
  explanation: bilingual,
  'expansion?': expansion,
  'scope?': scope,
  'period?': period,
  'source?': source,
  cues: object({ 'words?': arrayOf(surfaceForm), 'places?': arrayOf(surfaceForm), 'years?': period }),
});

const entry = object({
  id: kebabId,
  term: surfaceForm,
  variants: arrayOf(surfaceForm),
  english: text(200),
  'englishSource?': text(300),
  'tier?': oneOf(TIERS),
  gloss: text(160),
  explanation: bilingual,
  category: oneOf(CATEGORIES),
  'expansion?': expansion,
  'scope?': scope,
  'period?': period,
  'related?': arrayOf(kebabId),
  'senses?': arrayOf(sense, { min: 2 }),
  'excludes?': arrayOf(surfaceForm),
  'pinyin?': text(120),
  'source?': source,
});

/** Checks one entry's shape. Cross-entry rules (unique ids, related ids exist) are in `validateGlossary`. */
export function validateEntry(value: unknown, path = 'entry'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  entry(value, path, issues);
  if (isRecord(value) && value.category === 'local') {
    const s = value.scope;
    if (!isRecord(s) || s.level === 'national') {
      issues.push(issue(`${path}.scope`, 'localScope'));
    }
  }
  return issues;
}

/** Checks every entry, then the rules that span entries. */
export function validateGlossary(values: unknown[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = new Set<string>();
  values.forEach((v, i) => {
    const path = isRecord(v) && typeof v.id === 'string' ? v.id : `[${i}]`;
    issues.push(...validateEntry(v, path));
    if (isRecord(v) && typeof v.id === 'string') {
      if (ids.has(v.id)) issues.push(issue(path, 'duplicateId'));
      ids.add(v.id);
    }
  });
  for (const v of values) {
    if (!isRecord(v) || !Array.isArray(v.related)) continue;
    for (const rel of v.related) {
      if (typeof rel === 'string' && !ids.has(rel)) {
        issues.push(issue(`${String(v.id)}.related`, 'unknownRelated', [rel]));
      }
    }
  }
  return issues;
}
