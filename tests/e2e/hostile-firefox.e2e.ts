import { launchFirefox } from './harness';
import { hostileSuite } from './hostile-suite';

hostileSuite('firefox', (options) => launchFirefox(options));
