import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { chromeMessages } from './src/i18n';
import { LOCALES } from './src/i18n/messages';
import { compactCedict, rawCedict } from './scripts/cedict.mjs';

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

export default defineConfig({
  plugins: [
    preact(),
    copyIcons(),
    writeLocales(),
    writeDictionary(),
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
    minify: true,
    sourcemap: false,
    target: 'es2022',
  },
});
