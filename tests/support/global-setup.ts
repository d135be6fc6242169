// Starts the fixture server once for the whole run: both browser projects (see vitest.config.ts) run this
// setup in the same process, and the second reuses the first one's server. Every suite reads its address
// with inject('fixtureBase').
import type { TestProject } from 'vitest/node';
import { serveFixtures } from './pages/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture server's base URL, e.g. http://127.0.0.1:41234. */
    fixtureBase: string;
    /** The browser this project drives (see vitest.config.ts). */
    browser: 'chromium' | 'firefox';
  }
}

type Server = Awaited<ReturnType<typeof serveFixtures>>;
const shared = globalThis as { tifaFixtureServer?: { server: Promise<Server>; users: number } };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const entry = (shared.tifaFixtureServer ??= { server: serveFixtures(), users: 0 });
  entry.users++;
  const server = await entry.server;
  project.provide('fixtureBase', server.base);
  return async () => {
    if (--entry.users > 0) return;
    delete shared.tifaFixtureServer;
    await server.close();
  };
}
