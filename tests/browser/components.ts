// The content script's layout-bound parts, bundled on their own for the browser component tests
// (tests/support/component-bundle.ts builds this file into window.TifaComponents).
export { Matcher } from '../../src/core/matcher';
export { Annotator } from '../../src/content/annotator';
export { collectBlocks, walkBlocks } from '../../src/content/collect';
export { termAt } from '../../src/content/hit-test';
export { CardHost } from '../../src/content/card-host';
