import { useEffect, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../core/glossary-schema';
import type { Settings } from '../core/settings';
import { resolveLocale, setLocale, t, type UiKey } from './i18n';
import { GlossaryEditor } from './GlossaryEditor';
import { OptionsForm } from './OptionsForm';
import type { LoadedPersonalGlossary } from '../storage/personal-glossary-store';
import { DamagedRecords } from './DamagedRecords';
import { storeErrorText } from './store-errors';

/** Everything the options page does to the outside world, so that it can be tested with a double. */
export interface OptionsActions {
  loadSettings: () => Promise<Settings>;
  /**
   * Applies what changed from `base` (the settings this page showed) to the settings as stored now,
   * and resolves with the result and where it went: 'local' means sync was unavailable or full.
   */
  saveSettings: (base: Settings, next: Settings) => Promise<{ settings: Settings; where: 'sync' | 'local' }>;
  loadGlossary: () => Promise<LoadedPersonalGlossary>;
  /** Applies what changed from `base` to `next` to the glossary as stored now; resolves with the result. */
  saveGlossary: (base: GlossaryEntry[], next: GlossaryEntry[]) => Promise<LoadedPersonalGlossary>;
  /** The reader's choice to delete the damaged records. */
  deleteDamaged: () => Promise<LoadedPersonalGlossary>;
  /** Follows changes made elsewhere (another tab, the popup), and "add this term" from a page. */
  watch?: (listeners: OptionsListeners, signal: AbortSignal) => void;
  download: (fileName: string, mimeType: string, text: string) => void;
}

export interface OptionsListeners {
  settings: (settings: Settings) => void;
  glossary: (glossary: LoadedPersonalGlossary) => void;
  addTerm: (text: string) => void;
}

const SAVED: Record<'sync' | 'local', UiKey> = { sync: 'optSaved', local: 'optSavedLocal' };

/** The last save's outcome, kept as what happened so it is shown in the language of the moment. */
type SaveStatus = { where: 'sync' | 'local' } | { error: string } | undefined;

/** Container: loads and saves through `actions`, and hands plain data to the form and the editor. */
export interface OptionsProps {
  actions: OptionsActions;
  /**
   * The built-in glossary (the editor marks what the reader's entries replace), or its load in progress:
   * the page reads it from the package's JSON file while the settings form is already shown.
   */
  builtIn: readonly GlossaryEntry[] | Promise<readonly GlossaryEntry[]>;
  /** From `?add=`: the background opens this page so that the reader can add a term chosen on a page. */
  addTerm?: string;
  /** The browser's interface language, which the page follows when the reader's choice is "auto". */
  browserLanguage?: string;
}

export function Options({ actions, builtIn, addTerm, browserLanguage = navigator.language }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [status, setStatus] = useState<SaveStatus>();
  const [glossary, setGlossary] = useState<LoadedPersonalGlossary | undefined>();
  const [loadError, setLoadError] = useState('');

  const [addRequest, setAddRequest] = useState(addTerm);
  const [builtInEntries, setBuiltInEntries] = useState<readonly GlossaryEntry[] | undefined>(
    Array.isArray(builtIn) ? builtIn : undefined,
  );
  useEffect(() => {
    if (Array.isArray(builtIn)) return setBuiltInEntries(builtIn);
    void Promise.resolve(builtIn).then(setBuiltInEntries, (e: unknown) => setLoadError(String(e)));
  }, [builtIn]);

  useEffect(() => {
    const watching = new AbortController();
    void actions.loadSettings().then(setSettings);
    actions.loadGlossary().then(setGlossary, (e: unknown) => setLoadError(String(e)));
    actions.watch?.({ settings: setSettings, glossary: setGlossary, addTerm: setAddRequest }, watching.signal);
    return () => watching.abort();
  }, [actions]);

  // Set before the children render, which call t(): every change of the setting re-renders them all.
  const locale = resolveLocale(settings?.uiLanguage, browserLanguage);
  setLocale(locale);
  useEffect(() => {
    document.documentElement.lang = locale.replace('_', '-');
    document.title = t('optTitle');
  }, [locale]);

  const changeSettings = (next: Settings) => {
    const base = settings ?? next;
    setSettings(next);
    actions.saveSettings(base, next).then(
      (saved) => {
        setSettings(saved.settings);
        setStatus({ where: saved.where });
      },
      (e: unknown) => setStatus({ error: e instanceof Error ? e.message : String(e) }),
    );
  };

  const saveGlossary = async (entries: GlossaryEntry[]) => {
    try {
      setGlossary(await actions.saveGlossary(glossary?.entries ?? [], entries));
    } catch (e) {
      throw new Error(storeErrorText(e), { cause: e }); // the editor shows the message
    }
  };

  const deleteDamaged = async () => {
    try {
      setGlossary(await actions.deleteDamaged());
    } catch (e) {
      setLoadError(storeErrorText(e));
    }
  };

  return (
    <main>
      <header>
        <img src="/icons/icon-32.png" alt="" width={24} height={24} />
        <h1>{t('optTitle')}</h1>
      </header>
      {settings ? (
        <OptionsForm
          settings={settings}
          status={!status ? '' : 'where' in status ? t(SAVED[status.where]) : status.error}
          onChange={changeSettings}
        />
      ) : (
        <p>{t('optLoading')}</p>
      )}
      {loadError && (
        <p class="error" role="alert">
          {t('optLoadError', loadError)}
        </p>
      )}
      {glossary && glossary.damaged.length > 0 && (
        <DamagedRecords records={glossary.damaged} onDownload={actions.download} onDelete={deleteDamaged} />
      )}
      {glossary && builtInEntries && (
        <GlossaryEditor
          entries={glossary.entries}
          builtIn={builtInEntries}
          onSave={saveGlossary}
          onDownload={actions.download}
          addTerm={addRequest}
        />
      )}
      <footer class="about">
        <h2>{t('optAbout')}</h2>
        <p>
          {t('optAboutDictionary')}{' '}
          <a href="https://cc-cedict.org/wiki/" target="_blank" rel="noreferrer">
            CC-CEDICT
          </a>{' '}
          (MDBG),{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noreferrer">
            CC BY-SA 4.0
          </a>
        </p>
      </footer>
    </main>
  );
}
