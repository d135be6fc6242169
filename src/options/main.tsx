// Options page entry: mounts the container with the real storage, download and browser language.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { GLOSSARY } from '../glossary';
import { downloadText } from './download';
import { Options, type OptionsActions } from './Options';
import { loadPersonalGlossary, loadSettingsSynced, savePersonalGlossary, saveSettingsSynced } from './store';

const actions: OptionsActions = {
  loadSettings: () => loadSettingsSynced(),
  saveSettings: (settings) => saveSettingsSynced(settings),
  loadGlossary: () => loadPersonalGlossary(),
  saveGlossary: (entries) => savePersonalGlossary(entries),
  download: (fileName, mimeType, text) => downloadText(fileName, mimeType, text),
};

// The tooltip's "add to my glossary" opens this page as ?add=TEXT.
const addTerm = new URLSearchParams(location.search).get('add') ?? undefined;

render(
  <Options actions={actions} builtIn={GLOSSARY} addTerm={addTerm} browserLanguage={browser.i18n.getUILanguage()} />,
  document.getElementById('app')!,
);
