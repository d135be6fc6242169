// Popup entry: picks the interface language, then mounts the container with the real browser actions.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage/site-settings';
import { resolveLocale, setLocale } from './i18n';
import { browserActions } from './actions';
import { Popup } from './Popup';

// The tab's terms are asked for at once, while the settings load: the list is what the reader waits for.
let firstList: ReturnType<typeof browserActions.listTerms> | undefined = browserActions.listTerms();
const actions = {
  ...browserActions,
  listTerms: () => {
    const list = firstList ?? browserActions.listTerms();
    firstList = undefined;
    return list;
  },
};

void loadSettings().then((settings) => {
  setLocale(resolveLocale(settings.uiLanguage, browser.i18n.getUILanguage()));
  document.documentElement.lang =
    settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() : settings.uiLanguage.replace('_', '-');
  const display = { language: settings.language, pinyin: settings.pinyin };
  render(<Popup actions={actions} display={display} />, document.getElementById('app')!);
});
