// Popup entry, kept tiny: it asks the tab for its terms (and the background for their first rows) at once,
// then loads the interface, so that the messages travel while the interface's scripts load and run.
import { listTerms, termRows } from './messaging';
import { firstList } from './term-list';

if (__TIFA_MARKS__) performance.mark('tifa-lens:popup-entry');
const first = firstList({ listTerms, termRows });
void import('./app').then(({ mountPopup }) => mountPopup(first));
