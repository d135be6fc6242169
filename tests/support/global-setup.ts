// Starts the fixture server once for the whole e2e run; every suite reads its address with inject('fixtureBase').
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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveFixtures();
  project.provide('fixtureBase', server.base);
  return () => server.close();
}
