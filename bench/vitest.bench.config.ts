import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Micro-benchmarks only (`npm run bench:micro`); kept out of vitest.config.ts so `npm test` never runs them.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: [],
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
