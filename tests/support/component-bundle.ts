// Builds tests/browser/components.ts into one script the component tests evaluate in a plain page: the
// product's own modules, unmocked but for the extension API (tests/browser/fake-browser.ts).
import { resolve } from 'node:path';
import { build } from 'vite';

type Output = { output: { type: string; code?: string }[] };

let built: Promise<string> | undefined;

export function componentBundle(): Promise<string> {
  built ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      define: { __TIFA_MARKS__: 'false' },
      resolve: { alias: { 'webextension-polyfill': resolve('tests/browser/fake-browser.ts') } },
      build: {
        write: false,
        minify: false,
        lib: { entry: resolve('tests/browser/components.ts'), formats: ['iife'], name: 'TifaComponents' },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Output[];
    const code = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk')?.code;
    if (!code) throw new Error('the component bundle has no script');
    return code;
  })();
  return built;
}
