import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { chromeMessages } from './src/i18n';
import { LOCALES } from './src/i18n/messages';
import { compactCedict, rawCedict } from './scripts/cedict.mjs';
import { glossaryEntries, glossaryFiles } from './scripts/glossary-files.mjs';
import { AUTOMATON_PATH } from './src/core/automaton-wire';
import { packedAutomatonFor } from './src/core/page-automaton';
import type { GlossaryEntry } from './src/core/glossary-schema';

// One manifest, two builds: TARGET picks the per-browser keys ({{chrome}} / {{firefox}}).
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
/**
 * TIFA_MARKS=1 builds the variant the end-to-end tests and the bench load: the same code plus
 * performance marks. Pages can read marks, so the production build (dist/) has none.
 */
const marks = process.env.TIFA_MARKS === '1';
const outDir = `${marks ? 'dist-marks' : 'dist'}/${target}`;

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

/** package.json is the one source of the version: the built manifests and the store zips carry it. */
const { version } = readJson('package.json') as { version: string };

/** Copies the rendered PNG icons (the manifest refers to them) into the build; the SVG source stays behind. */
const copyIcons = (): Plugin => ({
  name: 'tifa-lens-copy-icons',
  apply: 'build',
  closeBundle() {
    cpSync('icons', `${outDir}/icons`, { recursive: true, filter: (src) => !src.endsWith('.svg') });
  },
});

/** Writes _locales/<locale>/messages.json from src/i18n, the one source of every UI string. */
const writeLocales = (): Plugin => ({
  name: 'tifa-lens-write-locales',
  apply: 'build',
  closeBundle() {
    for (const locale of LOCALES) {
      const dir = `${outDir}/_locales/${locale}`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/messages.json`, JSON.stringify(chromeMessages(locale), null, 1));
    }
  },
});

/** Writes CC-CEDICT in compact form (scripts/cedict.mjs) for the background to load on first use. */
const writeDictionary = (): Plugin => ({
  name: 'tifa-lens-write-dictionary',
  apply: 'build',
  closeBundle() {
    mkdirSync(`${outDir}/dictionary`, { recursive: true });
    writeFileSync(`${outDir}/dictionary/cedict.tsv`, compactCedict(rawCedict()));
  },
});

/**
 * Writes the built-in glossary and its evidence as JSON files (scripts/glossary-files.mjs), and its
 * automaton, packed, built once here rather than in every tab. The background reads the JSON with fetch()
 * and answers the popup; the content script fetches the automaton (web-accessible: public data only). No
 * script chunk embeds them (eslint keeps the contexts from importing src/glossary), so no page parses
 * 2 MB of JavaScript to open.
 */
const writeGlossary = (): Plugin => ({
  name: 'tifa-lens-write-glossary',
  apply: 'build',
  closeBundle() {
    const automaton = packedAutomatonFor(glossaryEntries() as GlossaryEntry[]);
    for (const [path, text] of Object.entries({ ...glossaryFiles(), [AUTOMATON_PATH]: automaton })) {
      mkdirSync(`${outDir}/${path.replace(/\/[^/]*$/, '')}`, { recursive: true });
      writeFileSync(`${outDir}/${path}`, text);
    }
  },
});

/** What a shared chunk holds, for its file name: the popup, options and card pages load these. */
const CHUNK_PARTS: [RegExp, string][] = [
  [/node_modules\/preact\//, 'preact'],
  [/node_modules\/webextension-polyfill\//, 'polyfill'],
  [/node_modules\/@floating-ui\//, 'floating-ui'],
  [/node_modules\/pinyin-pro\//, 'pinyin'],
  [/node_modules\/papaparse\//, 'csv'],
  [/\/src\/i18n\//, 'ui-strings'],
  [/\/src\/core\/s2t/, 'traditional'],
  [/\/src\/ui\/card\//, 'term-card'],
  [/\/src\/storage\//, 'storage'],
  [/\/src\/core\/settings/, 'settings'],
  [/\/src\/ui\//, 'ui'],
  [/\/src\/popup\//, 'popup'],
];
const chunkName = (moduleIds: readonly string[]): string => {
  const parts = CHUNK_PARTS.filter(([pattern]) => moduleIds.some((id) => pattern.test(id))).map(([, name]) => name);
  return `chunks/${parts.length ? parts.join('-') : 'shared'}.js`;
};
/**
 * Names shared chunks after what they hold (the default names them after their first module, which
 * once called a 2 MB glossary chunk `jsxRuntime.js`). An output hook, because vite-plugin-web-extension
 * sets its own `chunkFileNames` over the config's.
 */
const nameChunks = (): Plugin => ({
  name: 'tifa-lens-name-chunks',
  apply: 'build',
  outputOptions: (options) => ({ ...options, chunkFileNames: (chunk) => chunkName(chunk.moduleIds) }),
});

/**
 * The popup's entry script sends its first messages, then imports the interface (src/popup/app.tsx).
 * Listing the interface's chunks as modulepreload links in the popup's HTML has the browser fetch and
 * compile them while the entry runs and its messages travel, rather than after.
 */
const preloadPopupInterface = (): Plugin => ({
  name: 'tifa-lens-preload-popup-interface',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, { chunk, bundle }) {
      if (!chunk || !bundle || !chunk.facadeModuleId?.includes('/src/popup/')) return html;
      const names = new Set<string>();
      const visit = (name: string) => {
        const imported = bundle[name];
        if (names.has(name) || imported?.type !== 'chunk') return;
        names.add(name);
        imported.imports.forEach(visit);
      };
      const isInterface = (name: string) => {
        const imported = bundle[name];
        return imported?.type === 'chunk' && /\/src\/popup\/app\.tsx$/.test(imported.facadeModuleId ?? '');
      };
      chunk.dynamicImports.filter(isInterface).forEach(visit);
      return [...names]
        .filter((name) => !html.includes(name))
        .map((name) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${name}` },
          injectTo: 'head' as const,
        }));
    },
  },
});

export default defineConfig({
  plugins: [
    preact(),
    copyIcons(),
    writeLocales(),
    writeDictionary(),
    writeGlossary(),
    nameChunks(),
    preloadPopupInterface(),
    webExtension({
      browser: target,
      manifest: () => ({ ...readJson('manifest.json'), version }),
      watchFilePaths: ['manifest.json', 'package.json'],
      // There is no network here; the manifest is checked by our own tests instead.
      skipManifestValidation: true,
      // The lens proper, imported by the content script's loader only where it is needed.
      // The card's page, framed by the content script (web-accessible in the manifest).
      additionalInputs: ['src/content/lens-main.ts', 'src/card/index.html'],
    }),
  ],
  define: { __TIFA_MARKS__: JSON.stringify(marks) },
  build: {
    outDir,
    emptyOutDir: true,
    minify: process.env.TIFA_NOMINIFY !== '1',
    // Both browsers support modulepreload: the polyfill would only be one more module for each page to load.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
});
