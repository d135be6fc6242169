// Where the system browsers are. Tests and scripts never download a browser.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const hasChromium = () => existsSync(chromiumPath);
export const hasFirefox = () => existsSync(firefoxPath);

/** Flags that keep Chromium quiet on a closed network and runnable as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
