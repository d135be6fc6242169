import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(root + path, 'utf8')) as T;

/** The parts of manifest.json checked here (browser-specific keys still carry their {{browser}} prefix). */
interface Manifest {
  manifest_version: number;
  version: string;
  permissions: string[];
  icons: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  web_accessible_resources?: Record<string, unknown>[];
  '{{firefox}}.browser_specific_settings'?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
}

const manifest = readJson<Manifest>('manifest.json');
const pkg = readJson<{ version: string }>('package.json');
const gecko = manifest['{{firefox}}.browser_specific_settings']?.gecko;

/** Extension APIs that need a manifest permission, by their namespace on `browser`. */
const PERMISSION_OF: Record<string, string> = {
  alarms: 'alarms',
  bookmarks: 'bookmarks',
  browsingData: 'browsingData',
  contextMenus: 'contextMenus',
  cookies: 'cookies',
  declarativeNetRequest: 'declarativeNetRequest',
  downloads: 'downloads',
  history: 'history',
  idle: 'idle',
  menus: 'menus',
  notifications: 'notifications',
  scripting: 'scripting',
  sidePanel: 'sidePanel',
  storage: 'storage',
  tabGroups: 'tabGroups',
  webNavigation: 'webNavigation',
  webRequest: 'webRequest',
};

/** The permissions our own code needs, from the `browser.x` / `chrome.x` namespaces it calls. */
function permissionsTheCodeUses(): string[] {
  const used = new Set<string>();
  for (const file of readdirSync(root + 'src', { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file)) continue;
    const source = readFileSync(`${root}src/${file}`, 'utf8');
    for (const [, api] of source.matchAll(/\b(?:browser|chrome)\.([A-Za-z]+)\b/g)) {
      const permission = PERMISSION_OF[api!];
      if (permission) used.add(permission);
    }
  }
  return [...used];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const data = readFileSync(root + path);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('manifest.json', () => {
  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('carries the version in package.json, in a form both stores accept', () => {
    expect(manifest.version).toBe(pkg.version);
    expect(pkg.version).toMatch(/^\d+(\.\d+){0,3}$/);
  });

  it('gives Firefox a stable add-on id, version 140 or later and no data collection', () => {
    expect(gecko?.id).toMatch(/^[\w.+-]+@[\w.-]+$/);
    const major = Number(/^(\d+)/.exec(gecko?.strict_min_version ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(140);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks for storage plus exactly the permissions the code uses', () => {
    const expected = [...new Set(['storage', ...permissionsTheCodeUses()])].sort();
    expect([...manifest.permissions].sort()).toEqual(expected);
    expect(new Set(manifest.permissions).size).toBe(manifest.permissions.length);
  });

  it('lists 16, 32, 48 and 128 px icons that exist at those sizes', () => {
    expect(Object.keys(manifest.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
    for (const icons of [manifest.icons, manifest.action?.default_icon ?? {}]) {
      for (const [size, path] of Object.entries(icons)) {
        expect(existsSync(root + path), path).toBe(true);
        expect(pngSize(path), path).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it('exposes only the lens, the card and the public automaton to pages, in Chrome only at the per-session dynamic address', () => {
    const war = manifest.web_accessible_resources ?? [];
    // The automaton holds the built-in glossary's forms only, never the reader's (see src/content/lens.ts).
    expect(war.flatMap((w) => w.resources as string[]).sort()).toEqual([
      'glossary/automaton.bin',
      'src/card/index.html',
      'src/content/lens-main.js',
    ]);
    for (const entry of war) {
      // Chrome only: Firefox does not support use_dynamic_url (MDN's compatibility table; its manifest
      // check reports the key as an error), and its extension address is already random per installation.
      expect(entry['{{chrome}}.use_dynamic_url']).toBe(true);
      expect(entry).not.toHaveProperty('use_dynamic_url');
      expect(entry.matches).toEqual(['http://*/*', 'https://*/*']);
    }
  });
});
