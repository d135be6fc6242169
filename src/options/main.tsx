// Options page entry: mounts the container with the real storage, download and browser language.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { downloadText } from '../ui/download';
import { Options, type OptionsActions } from './Options';
import {
  deleteDamaged,
  loadPersonalGlossary,
  onPersonalGlossaryChange,
  saveChanges,
} from '../storage/personal-glossary-store';
import { loadBuiltInGlossary } from '../storage/packaged-glossary';
import { loadSettingsSynced, onSettingsSyncedChange, saveSettingsChanges } from '../storage/settings-store';

const actions: OptionsActions = {
  loadSettings: () => loadSettingsSynced(),
  saveSettings: (base, next) => saveSettingsChanges(base, next),
  loadGlossary: () => loadPersonalGlossary(),
  saveGlossary: (base, next) => saveChanges(base, next),
  deleteDamaged: () => deleteDamaged(),
  watch: (listeners, signal) => {
    onSettingsSyncedChange(listeners.settings, signal);
    onPersonalGlossaryChange(listeners.glossary, signal);
    // The background reuses this tab for "Add to my glossary" and sends the term here.
    const onMessage = (raw: unknown) => {
      const m = raw as { type?: unknown; text?: unknown } | null;
      if (m?.type === 'optionsAddTerm' && typeof m.text === 'string' && m.text.length <= 200) listeners.addTerm(m.text);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  },
  download: (fileName, mimeType, text) => downloadText(fileName, mimeType, text),
};

// The tooltip's "add to my glossary" opens this page as ?add=TEXT.
const addTerm = new URLSearchParams(location.search).get('add') ?? undefined;

render(
  <Options
    actions={actions}
    builtIn={loadBuiltInGlossary()}
    addTerm={addTerm}
    browserLanguage={browser.i18n.getUILanguage()}
  />,
  document.getElementById('app')!,
);

// The popup's "My glossary" link opens this page at #glossary-heading; the section renders after the
// reader's glossary loads, so the browser's own jump to the anchor comes too early.
if (location.hash === '#glossary-heading') {
  const started = Date.now();
  const jump = () => {
    const target = document.getElementById('glossary-heading');
    if (target) target.scrollIntoView({ block: 'start' });
    else if (Date.now() - started < 3000) setTimeout(jump, 50);
  };
  jump();
}
