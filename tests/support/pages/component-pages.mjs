// Pages for the browser component tests (tests/browser/): a blank Chinese page the tests fill, and a stub of
// the card's frame that answers the card host as the real card does, with a size the test chose.
const blank = () => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>component</title>
<style>body { margin: 0; font: 16px/1.6 sans-serif; } p { margin: 0 0 8px; }</style></head><body></body></html>`;

/**
 * The card frame's stand-in: takes the port from its parent (the first message must be the handshake word
 * the card host sends, passed in ?connect= by tests/browser/fake-browser.ts) and answers every `show` with
 * its size, read from the shown surface: "card:WxH", or "card:WxH>W2xH2" for a card that then grows as
 * when the reader opens More (the second size is sent with `keep`).
 */
const cardStub = () => `<!doctype html><html><head><meta charset="utf-8"></head><body><script>
const connect = new URLSearchParams(location.search).get('connect');
let port;
addEventListener('message', (event) => {
  if (port || event.data !== connect || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = (e) => {
    const m = e.data;
    if (!m || m.kind !== 'show') return;
    const [, w, h, w2, h2] = /^card:(\\d+)x(\\d+)(?:>(\\d+)x(\\d+))?$/.exec(m.surface) || [];
    port.postMessage({ kind: 'size', serial: m.serial, width: Number(w), height: Number(h) });
    if (w2) setTimeout(() => port.postMessage({ kind: 'size', serial: m.serial, width: Number(w2), height: Number(h2), keep: true }), 100);
  };
});
</script></body></html>`;

export const COMPONENT_PAGES = {
  '/component/blank.html': blank,
  '/component/card-stub.html': cardStub,
};
