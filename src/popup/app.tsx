// The popup's interface: picks the interface language, then mounts the container with the real browser
// actions and the term list the entry script has already asked for.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage/site-settings';
import { resolveLocale, setLocale } from './i18n';
import { browserActions } from './actions';
import { Popup } from './Popup';
import type { FirstList } from './term-list';

/**
 * How long the first render waits for the tab's answer: usually it is in by the time the settings are, and
 * the list is drawn in the popup's first render; a busy tab gets the popup's frame ("Reading…") first.
 */
const LIST_WAIT_MS = 60;

const inTime = (first: Promise<FirstList>): Promise<FirstList | undefined> =>
  Promise.race([first, new Promise<undefined>((resolve) => setTimeout(resolve, LIST_WAIT_MS))]);

export function mountPopup(first: Promise<FirstList>): void {
  if (__TIFA_MARKS__) performance.mark('tifa-lens:popup-module');
  void Promise.all([loadSettings(), inTime(first)]).then(([settings, ready]) => {
    if (__TIFA_MARKS__) performance.mark('tifa-lens:popup-settings');
    setLocale(resolveLocale(settings.uiLanguage, browser.i18n.getUILanguage()));
    document.documentElement.lang =
      settings.uiLanguage === 'auto' ? browser.i18n.getUILanguage() : settings.uiLanguage.replace('_', '-');
    const display = { language: settings.language, pinyin: settings.pinyin };
    render(
      <Popup actions={browserActions} first={ready ?? first} display={display} />,
      document.getElementById('app')!,
    );
  });
}
