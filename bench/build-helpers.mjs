// Things the runner prepares in Node: the glossary's patterns (through Vite, as scripts/load-ts.mjs
// does for other scripts) and the phase-timing bundle (bench/phases-entry.ts, built with Vite).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { withModules } from '../scripts/load-ts.mjs';

/** patternsOf(GLOSSARY): what the background serves the content script, ids and blocking patterns included. */
export function glossaryPatterns() {
  return withModules(['/src/glossary/index.ts', '/src/core/glossary-index.ts'], (g, idx) =>
    idx.patternsOf(g.GLOSSARY).map((p) => ({ text: p.text, id: p.id })),
  );
}

/** The phase-timing script as one minified IIFE, from the same sources as the content script. */
export async function phasesBundle() {
  const result = await build({
    configFile: false,
    logLevel: 'error',
    root: fileURLToPath(new URL('..', import.meta.url)),
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('./phases-entry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'TifaBenchPhases',
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output.find((o) => o.type === 'chunk').code;
}
