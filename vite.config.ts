import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { chromeMessages } from './src/i18n';
import { LOCALES } from './src/i18n/messages';
import { compactCedict, rawCedict } from './scripts/cedict.mjs';
import { AUTOMATON_FILE, glossaryEntries, glossaryFiles } from './scripts/glossary-files.mjs';
import { automatonFor } from './src/core/page-automaton';
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
 * Writes the built-in glossary and its evidence as JSON files (scripts/glossary-files.mjs), and the
 * automaton tabs receive for it, built once here rather than by every background that starts. The background
 * reads them with fetch() and answers the popup; no script chunk embeds them (eslint keeps the contexts
 * from importing src/glossary), so no page parses 2 MB of JavaScript to open.
 */
const writeGlossary = (): Plugin => ({
  name: 'tifa-lens-write-glossary',
  apply: 'build',
  closeBundle() {
    const automaton = JSON.stringify(automatonFor(glossaryEntries() as GlossaryEntry[]));
    for (const [path, text] of Object.entries({ ...glossaryFiles(), [AUTOMATON_FILE]: automaton })) {
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

export default defineConfig({
  plugins: [
    preact(),
    copyIcons(),
    writeLocales(),
    writeDictionary(),
    writeGlossary(),
    nameChunks(),
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
    sourcemap: false,
    target: 'es2022',
  },
});
