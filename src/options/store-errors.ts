// The store reports codes (it is shared with the background, which has no reader to talk to); this page
// words them in the reader's language.
import { StoreError } from '../storage/personal-glossary-store';
import { t } from './i18n';

export function storeErrorText(e: unknown): string {
  if (!(e instanceof StoreError)) return e instanceof Error ? e.message : String(e);
  const [a = '', b = '', c = ''] = e.params;
  switch (e.code) {
    case 'invalid':
      return t('storeInvalid', a, b);
    case 'idTwice':
      return t('storeIdTwice', a);
    case 'formTwice':
      return t('storeFormTwice', a, b, c);
    case 'full':
      return t('storeFailed', t('storeFull'));
    case 'failed':
      return t('storeFailed', a);
  }
}
