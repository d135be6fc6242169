// A loopback server for the fixture pages (content scripts do not run on file:// URLs).
import { createServer } from 'node:http';
import { COMPONENT_PAGES } from './component-pages.mjs';
import { DYNAMIC_PAGES } from './dynamic-pages.mjs';
import { HOSTILE_HEADERS, HOSTILE_PAGES } from './hostile-pages.mjs';
import { PRIVACY_PAGES } from './privacy-pages.mjs';
import { PAGES } from './pages.mjs';

/**
 * Starts on 127.0.0.1 with a free port; returns the base URL and a close function.
 * `headers` adds response headers per route (e.g. a Content-Security-Policy) to the defaults.
 */
export async function serveFixtures(extra = {}, headers = {}) {
  const routes = {
    ...PAGES,
    ...DYNAMIC_PAGES,
    '/spa/report': DYNAMIC_PAGES['/spa.html'],
    ...HOSTILE_PAGES,
    ...PRIVACY_PAGES,
    ...COMPONENT_PAGES,
    ...extra,
  };
  const routeHeaders = { ...HOSTILE_HEADERS, ...headers };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const build = routes[path];
    if (!build) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(routeHeaders[path] ?? {}),
      })
      .end(build());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
