import type { PageVerdict } from './classify';

export type Mode = 'auto' | 'always' | 'off';

/** The defaults define the settings' shape; stored settings are migrated onto them. */
export const DEFAULT_SETTINGS = {
  version: 1,
  /** auto: annotate pages detected as policy reports; always: any page with Chinese; off: none. */
  mode: 'auto' as Mode,
  /** Hosts annotated whatever the mode says. */
  alwaysSites: [] as string[],
  /** Hosts never annotated. */
  neverSites: [] as string[],
};
export type Settings = typeof DEFAULT_SETTINGS;

const MODES: readonly Mode[] = ['auto', 'always', 'off'];

function hostList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string' && h.length < 256) : [];
}

/**
 * Reads whatever is stored (possibly from an older version, possibly damaged) into current settings.
 * Version 0 kept only `disabledHosts`, the per-site switch of the first release.
 */
export function migrateSettings(stored: Record<string, unknown>): Settings {
  const raw = (typeof stored.settings === 'object' && stored.settings) || {};
  const s = raw as Record<string, unknown>;
  const never = new Set([...hostList(s.neverSites), ...hostList(stored.disabledHosts)]);
  return {
    version: DEFAULT_SETTINGS.version,
    mode: MODES.includes(s.mode as Mode) ? (s.mode as Mode) : DEFAULT_SETTINGS.mode,
    alwaysSites: hostList(s.alwaysSites).filter((h) => !never.has(h)),
    neverSites: [...never],
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

export interface Decision {
  annotate: boolean;
  because: string;
}

/** Site lists override the mode; the mode then decides from the page's verdict. */
export function decide(settings: Settings, host: string, verdict: PageVerdict): Decision {
  const site = siteChoice(settings, host);
  if (site === 'never') return { annotate: false, because: 'this site is on your never list' };
  if (verdict.kind === 'other') return { annotate: false, because: 'no Chinese text to annotate' };
  if (site === 'always') return { annotate: true, because: 'this site is on your always list' };
  if (settings.mode === 'off') return { annotate: false, because: 'annotation is off' };
  if (settings.mode === 'always') return { annotate: true, because: 'mode: any page with Chinese' };
  return verdict.kind === 'policy-report'
    ? { annotate: true, because: 'detected as a policy report' }
    : { annotate: false, because: 'not detected as a policy report' };
}
