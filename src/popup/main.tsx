// Popup entry: picks the interface language, then mounts the container with the real browser actions.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage/site-settings';
import { GLOSSARY } from '../glossary';
import { resolveLocale, setLocale } from './i18n';
import { browserActions } from './actions';
import { Popup } from './Popup';

void loadSettings().then((settings) => {
  setLocale(resolveLocale(settings.uiLanguage, browser.i18n.getUILanguage()));
  document.documentElement.lang =
    settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() : settings.uiLanguage.replace('_', '-');
  render(<Popup actions={browserActions} glossary={GLOSSARY} />, document.getElementById('app')!);
});
