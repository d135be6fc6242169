// Stands in for webextension-polyfill in the component bundle: the card host asks only for its frame's URL,
// which here is a stub card page on the fixture server (tests/support/pages/component-pages.mjs) told the
// handshake word the real card page expects.
import { CONNECT } from '../../src/core/card-protocol';

export default {
  runtime: {
    getURL: (path: string) =>
      new URL(`/component/card-stub.html?for=${encodeURIComponent(path)}&connect=${CONNECT}`, location.href).href,
  },
};
