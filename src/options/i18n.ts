// The options page's `t`: src/i18n's, with the options strings registered first. Options components
// import from here, so the strings are present whichever component a page or a test renders, while the
// content script, which imports src/i18n alone, never carries them.
import { registerMessages } from '../i18n';
import { OPTIONS_MESSAGES } from './locales';

registerMessages(OPTIONS_MESSAGES);

export * from '../i18n';
