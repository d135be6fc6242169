import {
  DEFAULT_SETTINGS,
  type ExplanationLanguage,
  type HighlightStyle,
  type Mode,
  type Settings,
  type UiLanguage,
} from '../core/settings';

export interface OptionsFormProps {
  settings: Settings;
  /** The last save's outcome, announced to screen readers. */
  status: string;
  onChange: (settings: Settings) => void;
}

const LANGUAGES: [ExplanationLanguage, string][] = [
  ['en', 'English'],
  ['zh', 'Chinese'],
  ['both', 'Both'],
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
              <button type="button" onClick={() => onRemove(host)} aria-label={`Remove ${host} from “${title}”`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">None. Add sites from the toolbar popup.</p>
      )}
    </div>
  );
}

/** The settings form; takes props only, and reports each change as a whole new settings object. */
export function OptionsForm({ settings, status, onChange }: OptionsFormProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <section aria-labelledby="settings-heading" class="card">
      <h2 id="settings-heading">Settings</h2>
      <div class="field">
        <label for="opt-mode">Annotate</label>
        <select id="opt-mode" value={settings.mode} onChange={(e) => set({ mode: e.currentTarget.value as Mode })}>
          <option value="auto">Automatically: pages detected as policy reports</option>
          <option value="always">Always: any page with Chinese</option>
          <option value="off">Off</option>
        </select>
      </div>
      <fieldset class="field">
        <legend>Explanations in</legend>
        {LANGUAGES.map(([value, label]) => (
          <label key={value} class="inline">
            <input
              type="radio"
              name="opt-language"
              value={value}
              checked={settings.language === value}
              onChange={() => set({ language: value })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label class="inline">
          <input type="checkbox" checked={settings.pinyin} onChange={(e) => set({ pinyin: e.currentTarget.checked })} />{' '}
          Show pinyin in the tooltip
        </label>
      </div>
      <div class="field">
        <label for="opt-style">Highlight terms with</label>
        <select
          id="opt-style"
          value={settings.highlightStyle}
          onChange={(e) => set({ highlightStyle: e.currentTarget.value as HighlightStyle })}
        >
          <option value="underline">An underline</option>
          <option value="background">A background tint</option>
          <option value="both">Both</option>
        </select>
      </div>
      <fieldset class="field colors">
        <legend>Highlight colour</legend>
        <label class="inline">
          <input
            type="color"
            value={settings.colors.light}
            onChange={(e) => set({ colors: { ...settings.colors, light: e.currentTarget.value } })}
          />{' '}
          on light pages
        </label>
        <label class="inline">
          <input
            type="color"
            value={settings.colors.dark}
            onChange={(e) => set({ colors: { ...settings.colors, dark: e.currentTarget.value } })}
          />{' '}
          on dark pages
        </label>
        <button type="button" onClick={() => set({ colors: { ...DEFAULT_SETTINGS.colors } })}>
          Reset colours
        </button>
      </fieldset>
      <div class="field">
        <label for="opt-ui">Interface language</label>
        <select
          id="opt-ui"
          value={settings.uiLanguage}
          onChange={(e) => set({ uiLanguage: e.currentTarget.value as UiLanguage })}
        >
          <option value="auto">As the browser</option>
          <option value="en">English</option>
          <option value="zh_CN">简体中文</option>
          <option value="zh_TW">繁體中文</option>
        </select>
      </div>
      <SiteList
        title="Always annotated"
        hosts={settings.alwaysSites}
        onRemove={(h) => set({ alwaysSites: settings.alwaysSites.filter((x) => x !== h) })}
      />
      <SiteList
        title="Never annotated"
        hosts={settings.neverSites}
        onRemove={(h) => set({ neverSites: settings.neverSites.filter((x) => x !== h) })}
      />
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
