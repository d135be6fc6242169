// The popup's interface: picks the interface language, then mounts the container with the real browser
// actions and the term list the entry script has already asked for.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage/site-settings';
import { resolveLocale, setLocale } from './i18n';
import { browserActions } from './actions';
import { Popup } from './Popup';
import type { FirstList } from './term-list';

export function mountPopup(first: Promise<FirstList>): void {
  if (__TIFA_MARKS__) performance.mark('tifa-lens:popup-module');
  void loadSettings().then((settings) => {
    setLocale(resolveLocale(settings.uiLanguage, browser.i18n.getUILanguage()));
    document.documentElement.lang =
      settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() : settings.uiLanguage.replace('_', '-');
    const display = { language: settings.language, pinyin: settings.pinyin };
    render(<Popup actions={browserActions} first={first} display={display} />, document.getElementById('app')!);
  });
}
