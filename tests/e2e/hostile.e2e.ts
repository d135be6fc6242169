// The hostile-page suite as one table, run in each browser (see tests/support/fixtures.ts).
import { browserSuite, e2e, launch, type Launch } from '../support/fixtures';
import type { Driver } from '../support/driver';
import {
  RECORD_CSP,
  checkBigText,
  checkClearing,
  checkCsp,
  checkDirections,
  checkHugeDom,
  checkMutating,
  checkNavigateAway,
  checkNestedShadow,
  checkNotProse,
  checkRacing,
  checkSabotage,
} from './hostile-spec';
import { checkInvisibleWhenOff, checkSnoop, checkSteer } from './privacy-spec';

type Check = (driver: Driver, base: string, launch: Launch) => Promise<void>;

const CASES: [string, Check][] = [
  ['1. a page mutating every 50 ms for 10 s: refreshes capped, highlights keep up', checkMutating],
  ['1b. text nodes replaced on every tick while the extension annotates in slices', checkRacing],
  [
    '2. 200,000 elements: no main-thread gap over 500 ms once the glossary is in, highlights appear',
    (driver, base, launch) => checkHugeDom(driver, base, () => launch({ extension: false })),
  ],
  ['3. one 5 MB text node: no crash, highlights within 30 s, no gap over 1.5 s once the glossary is in', checkBigText],
  [
    '4a. terms in input, textarea, contenteditable, code, pre, script, style: none highlighted',
    (driver, base) => checkNotProse(driver, base, false),
  ],
  ['4b. ... nor after the page edits them', (driver, base) => checkNotProse(driver, base, true)],
  [
    "5a. CSP default-src 'none'; style-src 'unsafe-inline': highlights, tooltip, no violation",
    (driver, base) => checkCsp(driver, base, 'csp-style'),
  ],
  [
    "5b. CSP default-src 'none': highlights, tooltip, no violation",
    (driver, base) => checkCsp(driver, base, 'csp-none'),
  ],
  ['6. the page clears CSS.highlights and removes the tooltip host: the extension recovers', checkClearing],
  ['7. Range, appendChild, insertBefore, contains and Array#map sabotaged before the content script', checkSabotage],
  ['8. three levels of open shadow roots', checkNestedShadow],
  ['9. vertical (writing-mode: vertical-rl) and right-to-left text', checkDirections],
  ['10a. navigating away 300 ms after load of a large page', (driver, base) => checkNavigateAway(driver, base, '300')],
  [
    '10b. navigating away while the first highlights are being registered',
    (driver, base) => checkNavigateAway(driver, base, 'busy'),
  ],
  [
    '11. a page with a hidden word list and hidden-card CSS reads CSS.highlights, fires synthetic events, uses window.find and shadow roots: it learns no private entry (stored where the driver can: Chromium)',
    checkSnoop,
  ],
  [
    '12. the page clicks the card, writes into its host, re-points our ranges and owns our tag names: nothing it does acts',
    checkSteer,
  ],
  [
    '13. production build, lens off (Automatic on a non-report; mode Off where the driver can store it): no marks, sheets, highlights, elements',
    async (_driver, base, launch) => {
      const production = await launch({ production: true });
      try {
        await checkInvisibleWhenOff(production, base);
      } finally {
        await production.close();
      }
    },
  ],
];

// Every page of this suite records the CSP violations it sees, from before its own scripts run.
e2e.override('initScripts', { scope: 'file' }, () => [RECORD_CSP]);

browserSuite('hostile pages', () => {
  for (const [name, check] of CASES) e2e(name, ({ driver, base }) => check(driver, base, launch));
});
