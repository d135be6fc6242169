import type { PageVerdict } from './classify';

export type Mode = 'auto' | 'always' | 'off';
/** Which explanation the tooltip shows. */
export type ExplanationLanguage = 'en' | 'zh' | 'both';
/** The extension's own interface language; auto follows the browser. */
export type UiLanguage = 'auto' | 'en' | 'zh_CN' | 'zh_TW';
export type HighlightStyle = 'underline' | 'background' | 'both';
/** The key held down for the dictionary lookup of any word under the pointer. */
export type LookupKey = 'Alt' | 'Shift' | 'Control';
/** Accent colours as #rrggbb, one for light pages and one for dark. */
export type AccentColors = Settings['colors'];

/** The defaults define the settings' shape; stored settings are migrated onto them. */
export const DEFAULT_SETTINGS = {
  version: 3,
  /** auto: annotate pages detected as policy writing; always: any page with Chinese; off: none. */
  mode: 'auto' as Mode,
  /** Hosts annotated whatever the mode says. */
  alwaysSites: [] as string[],
  /** Hosts never annotated. */
  neverSites: [] as string[],
  language: 'both' as ExplanationLanguage,
  uiLanguage: 'auto' as UiLanguage,
  /** Show the reading in the tooltip. */
  pinyin: true,
  /** Open the card's details (More) at once instead of showing the compact first view alone. */
  cardDetails: false,
  highlightStyle: 'both' as HighlightStyle,
  colors: { light: '#c2410c', dark: '#fdba74' },
  /** Leave general policy vocabulary (the glossary's vocabulary tier) unhighlighted. */
  hideVocabulary: false,
  /** Look up any Chinese word under the pointer in the general dictionary while `lookupKey` is held. */
  hoverLookup: false,
  lookupKey: 'Alt' as LookupKey,
  /**
   * Highlight the reader's own terms in pages too. Off by default: a page's scripts can read which
   * words are highlighted (CSS.highlights), so the reader's own forms would tell it what they collect.
   */
  personalInPages: false,
};
export type Settings = typeof DEFAULT_SETTINGS;

export const MODES: readonly Mode[] = ['auto', 'always', 'off'];
export const EXPLANATION_LANGUAGES: readonly ExplanationLanguage[] = ['en', 'zh', 'both'];
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'zh_CN', 'zh_TW'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'both'];
export const LOOKUP_KEYS: readonly LookupKey[] = ['Alt', 'Shift', 'Control'];

const COLOR = /^#[0-9a-f]{6}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hostList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string' && h.length < 256) : [];
}

function pick<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

/** Lowercased so that a colour picked in the page compares equal to the stored one. */
function color(value: unknown, fallback: string): string {
  return typeof value === 'string' && COLOR.test(value) ? value.toLowerCase() : fallback;
}

/**
 * Reads whatever is stored (possibly from an older or newer version, possibly damaged) into current
 * settings; a field that is missing or malformed takes its default, and unknown fields are dropped.
 * Version 0 kept only `disabledHosts`, the per-site switch of the first release. Version 1 had the mode
 * and the site lists; version 2 added the display fields (language, uiLanguage, pinyin, highlightStyle,
 * colors), which a version-1 record lacks and so takes from the defaults; version 3 added hideVocabulary,
 * hoverLookup and lookupKey (and personalInPages came in the same release), likewise. A record from a newer release
 * (synced from another machine) is read the same way: its fields that we know are kept.
 */
export function migrateSettings(stored: Record<string, unknown>): Settings {
  const s = isRecord(stored.settings) ? stored.settings : {};
  const never = new Set([...hostList(s.neverSites), ...hostList(stored.disabledHosts)]);
  const colors = isRecord(s.colors) ? s.colors : {};
  const d = DEFAULT_SETTINGS;
  return {
    version: d.version,
    mode: pick(MODES, s.mode, d.mode),
    alwaysSites: [...new Set(hostList(s.alwaysSites))].filter((h) => !never.has(h)),
    neverSites: [...never],
    language: pick(EXPLANATION_LANGUAGES, s.language, d.language),
    uiLanguage: pick(UI_LANGUAGES, s.uiLanguage, d.uiLanguage),
    pinyin: typeof s.pinyin === 'boolean' ? s.pinyin : d.pinyin,
    cardDetails: typeof s.cardDetails === 'boolean' ? s.cardDetails : d.cardDetails,
    highlightStyle: pick(HIGHLIGHT_STYLES, s.highlightStyle, d.highlightStyle),
    colors: { light: color(colors.light, d.colors.light), dark: color(colors.dark, d.colors.dark) },
    hideVocabulary: typeof s.hideVocabulary === 'boolean' ? s.hideVocabulary : d.hideVocabulary,
    hoverLookup: typeof s.hoverLookup === 'boolean' ? s.hoverLookup : d.hoverLookup,
    lookupKey: pick(LOOKUP_KEYS, s.lookupKey, d.lookupKey),
    personalInPages: typeof s.personalInPages === 'boolean' ? s.personalInPages : d.personalInPages,
  };
}

/**
 * The settings as one page's content script gets them: the site lists cut down to that page's host,
 * so that no page learns which other sites the reader lists.
 */
export function settingsForHost(settings: Settings, host: string): Settings {
  return {
    ...settings,
    alwaysSites: settings.alwaysSites.filter((h) => h === host),
    neverSites: settings.neverSites.filter((h) => h === host),
  };
}

export type SiteChoice = 'always' | 'never' | 'default';

export function siteChoice(settings: Settings, host: string): SiteChoice {
  if (settings.neverSites.includes(host)) return 'never';
  if (settings.alwaysSites.includes(host)) return 'always';
  return 'default';
}

export function withSiteChoice(settings: Settings, host: string, choice: SiteChoice): Settings {
  const never = settings.neverSites.filter((h) => h !== host);
  const always = settings.alwaysSites.filter((h) => h !== host);
  if (choice === 'never') never.push(host);
  if (choice === 'always') always.push(host);
  return { ...settings, neverSites: never, alwaysSites: always };
}

/** Why a page is or is not annotated, as a code the UIs render in their locale. */
export type DecisionCode =
  | 'notRead'
  | 'neverSite'
  | 'noChinese'
  | 'alwaysSite'
  | 'modeOff'
  | 'modeAlways'
  | 'detected'
  | 'notDetected'
  | 'forcedOn'
  | 'forcedOff';

export interface Decision {
  annotate: boolean;
  because: DecisionCode;
}

/** Site lists override the mode; the mode then decides from the page's verdict. */
export function decide(settings: Settings, host: string, verdict: PageVerdict): Decision {
  const site = siteChoice(settings, host);
  if (site === 'never') return { annotate: false, because: 'neverSite' };
  if (verdict.kind === 'other') return { annotate: false, because: 'noChinese' };
  if (site === 'always') return { annotate: true, because: 'alwaysSite' };
  if (settings.mode === 'off') return { annotate: false, because: 'modeOff' };
  if (settings.mode === 'always') return { annotate: true, because: 'modeAlways' };
  return verdict.kind === 'policy-report'
    ? { annotate: true, because: 'detected' }
    : { annotate: false, because: 'notDetected' };
}
