import {
  DEFAULT_SETTINGS,
  type ExplanationLanguage,
  type HighlightStyle,
  type LookupKey,
  type Mode,
  type Settings,
  type UiLanguage,
} from '../core/settings';
import { t, type UiKey } from './i18n';

export interface OptionsFormProps {
  settings: Settings;
  /** The last save's outcome, announced to screen readers. */
  status: string;
  onChange: (settings: Settings) => void;
}

const LANGUAGES: [ExplanationLanguage, UiKey][] = [
  ['en', 'optLangEn'],
  ['zh', 'optLangZh'],
  ['both', 'optLangBoth'],
];

const TOGGLES: [BooleanSetting, UiKey, UiKey?][] = [
  ['pinyin', 'optPinyin'],
  ['cardDetails', 'optCardDetails'],
  ['personalInPages', 'optPersonalInPages', 'optPersonalInPagesHint'],
  ['hideVocabulary', 'optHideVocabulary'],
];

function SiteList({
  title,
  hosts,
  onRemove,
}: {
  title: string;
  hosts: readonly string[];
  onRemove: (host: string) => void;
}) {
  return (
    <div class="site-list">
      <h3>{title}</h3>
      {hosts.length ? (
        <ul>
          {hosts.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button type="button" onClick={() => onRemove(host)} aria-label={t('optRemoveSite', host, title)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('optNoSites')}</p>
      )}
    </div>
  );
}

/** The settings that are on or off. */
type BooleanSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

/** One on/off setting: a labelled checkbox, with an optional hint after the label. */
function Toggle({
  settings,
  name,
  label,
  hint,
  set,
}: {
  settings: Settings;
  name: BooleanSetting;
  label: UiKey;
  hint?: UiKey;
  set: (patch: Partial<Settings>) => void;
}) {
  return (
    <label class="inline">
      <input type="checkbox" checked={settings[name]} onChange={(e) => set({ [name]: e.currentTarget.checked })} />{' '}
      {t(label)}
      {hint && (
        <>
          {' '}
          <span class="hint">{t(hint)}</span>
        </>
      )}
    </label>
  );
}

/** The settings form; takes props only, and reports each change as a whole new settings object. */
export function OptionsForm({ settings, status, onChange }: OptionsFormProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <section aria-labelledby="settings-heading" class="card">
      <h2 id="settings-heading">{t('optSettings')}</h2>
      <div class="field">
        <label for="opt-mode">{t('optAnnotate')}</label>
        <select id="opt-mode" value={settings.mode} onChange={(e) => set({ mode: e.currentTarget.value as Mode })}>
          <option value="auto">{t('optModeAuto')}</option>
          <option value="always">{t('modeAlways')}</option>
          <option value="off">{t('modeOff')}</option>
        </select>
      </div>
      <fieldset class="field">
        <legend>{t('optExplanationsIn')}</legend>
        {LANGUAGES.map(([value, label]) => (
          <label key={value} class="inline">
            <input
              type="radio"
              name="opt-language"
              value={value}
              checked={settings.language === value}
              onChange={() => set({ language: value })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      {TOGGLES.map(([name, label, hint]) => (
        <div class="field" key={name}>
          <Toggle settings={settings} name={name} label={label} hint={hint} set={set} />
        </div>
      ))}
      <div class="field">
        <Toggle settings={settings} name="hoverLookup" label="optHoverLookup" set={set} />{' '}
        {/* Key caps keep their own names in every locale. */}
        <select
          lang="en"
          aria-label={t('optLookupKey')}
          value={settings.lookupKey}
          disabled={!settings.hoverLookup}
          onChange={(e) => set({ lookupKey: e.currentTarget.value as LookupKey })}
        >
          <option value="Alt">Alt</option>
          <option value="Shift">Shift</option>
          <option value="Control">Ctrl</option>
        </select>
      </div>
      <div class="field">
        <label for="opt-style">{t('optHighlight')}</label>
        <select
          id="opt-style"
          value={settings.highlightStyle}
          onChange={(e) => set({ highlightStyle: e.currentTarget.value as HighlightStyle })}
        >
          <option value="underline">{t('optUnderline')}</option>
          <option value="background">{t('optBackground')}</option>
          <option value="both">{t('optStyleBoth')}</option>
        </select>
      </div>
      <fieldset class="field colors">
        <legend>{t('optColour')}</legend>
        <label class="inline">
          <input
            type="color"
            value={settings.colors.light}
            onChange={(e) => set({ colors: { ...settings.colors, light: e.currentTarget.value } })}
          />{' '}
          {t('optOnLight')}
        </label>
        <label class="inline">
          <input
            type="color"
            value={settings.colors.dark}
            onChange={(e) => set({ colors: { ...settings.colors, dark: e.currentTarget.value } })}
          />{' '}
          {t('optOnDark')}
        </label>
        <button type="button" onClick={() => set({ colors: { ...DEFAULT_SETTINGS.colors } })}>
          {t('optResetColours')}
        </button>
      </fieldset>
      <div class="field">
        <label for="opt-ui">{t('optUiLanguage')}</label>
        <select
          id="opt-ui"
          value={settings.uiLanguage}
          onChange={(e) => set({ uiLanguage: e.currentTarget.value as UiLanguage })}
        >
          <option value="auto">{t('optUiAuto')}</option>
          {/* Each language by its own name, so a reader lost in the wrong one can find theirs. */}
          <option value="en" lang="en">
            English
          </option>
          <option value="zh_CN" lang="zh-CN">
            简体中文
          </option>
          <option value="zh_TW" lang="zh-TW">
            繁體中文
          </option>
        </select>
      </div>
      <SiteList
        title={t('optAlwaysSites')}
        hosts={settings.alwaysSites}
        onRemove={(h) => set({ alwaysSites: settings.alwaysSites.filter((x) => x !== h) })}
      />
      <SiteList
        title={t('optNeverSites')}
        hosts={settings.neverSites}
        onRemove={(h) => set({ neverSites: settings.neverSites.filter((x) => x !== h) })}
      />
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
