// The popup's `t`: src/i18n's, with the popup's own strings (the verdict's reasons) registered first, so
// that the content script, which imports src/i18n alone, never carries them.
import { registerMessages } from '../i18n';
import { POPUP_MESSAGES } from './locales';

registerMessages(POPUP_MESSAGES);

export * from '../i18n';
