// The card's placement in each browser (issue 12): see card-geometry-spec.ts for what is asserted.
import { browserSuite, chromiumSession, e2e, firstTabId, isChromium, sendToTab } from '../support/fixtures';
import { clickInCard } from '../support/driver';
import {
  checkKeyboardMore,
  checkMoreAndWheel,
  measureKeyboard,
  measurePointer,
  recordGeometry,
} from './card-geometry-spec';

browserSuite('card geometry', () => {
  e2e(
    'places the card inside the viewport beside the hovered term, top, middle and bottom, 800×500 up',
    async ({ driver, base }) => {
      recordGeometry(`${driver.name}-pointer`, await measurePointer(driver, base));
    },
  );

  // The next-term command is sent as the background sends it, from the service worker (Chromium).
  e2e.runIf(isChromium)(
    'places the card the same way when stepping through terms from the keyboard',
    async ({ driver, base }) => {
      const session = chromiumSession(driver);
      const open = async () => sendToTab(session, await firstTabId(session), { type: 'step', params: { by: 1 } });
      recordGeometry('chromium-keyboard', await measureKeyboard(driver, base, open));
      await checkKeyboardMore(driver, base, open);
    },
  );

  // After the sweeps above, in the same browser: it once failed here in Chromium, in full runs only, because
  // Back was clicked where the card had been before the related term's explanation re-placed it (a card above
  // its term moves when it shrinks). clickInCard now waits for the card to settle.
  e2e(
    'opens More by pointer, scrolls a tall card with the wheel without moving the page, opens related terms',
    async ({ driver, base }) => {
      await checkMoreAndWheel(driver, base, (selector) => clickInCard(driver, selector));
    },
  );
});
