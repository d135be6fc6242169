import { launchChromium } from './harness';
import { hostileSuite } from './hostile-suite';

hostileSuite('chromium', (options) => launchChromium(options));
