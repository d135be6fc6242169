// Builds both browsers and writes the store uploads to dist/:
//   tifa-lens-chrome-<version>.zip    dist/chrome at the zip root (Chrome Web Store)
//   tifa-lens-firefox-<version>.zip   dist/firefox at the zip root (addons.mozilla.org)
//   tifa-lens-sources-<version>.zip   every file tracked by git, for AMO's reviewers to rebuild from
//                                     (README: `npm ci && npm run build`)
// The version is package.json's; vite.config.ts writes it into both manifests, and this script checks it did.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const fail = (message) => {
  console.error(`package: ${message}`);
  process.exit(1);
};

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!/^\d+(\.\d+){0,3}$/.test(version)) {
  fail(`package.json version "${version}" is not a store version (1 to 4 dot-separated integers)`);
}
const product = name; // tifa-lens

if (!process.argv.includes('--no-build')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) fail(`npm run build failed (exit ${build.status ?? build.signal})`);
}

for (const browser of ['chrome', 'firefox']) {
  const path = join('dist', browser, 'manifest.json');
  if (!existsSync(path)) fail(`${path} is missing: did the build run?`);
  const built = JSON.parse(readFileSync(path, 'utf8')).version;
  if (built !== version) {
    fail(`${path} has version "${built}" but package.json has "${version}"; vite.config.ts should write it`);
  }
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted so the zip is stable. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path, base) : [relative(base, path).split(sep).join('/')];
    })
    .sort();
}

/** A fixed timestamp, so the same tree gives the same zip (SOURCE_DATE_EPOCH when set). */
const date = new Date(Number(process.env.SOURCE_DATE_EPOCH ?? 315532800) * 1000); // default 1980-01-01

async function writeZip(file, baseDir, paths) {
  const zip = new JSZip();
  for (const path of paths) {
    const full = join(baseDir, path);
    const executable = (statSync(full).mode & 0o111) !== 0;
    // Regular-file type bits with the mode; no folder entries, which would carry today's date.
    zip.file(path, readFileSync(full), {
      date,
      createFolders: false,
      unixPermissions: executable ? 0o100755 : 0o100644,
    });
  }
  const data = await zip.generateAsync({
    type: 'nodebuffer',
    platform: 'UNIX',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  writeFileSync(file, data);
  const kib = (data.length / 1024).toFixed(1);
  console.log(`${file}  ${paths.length} files, ${kib} KiB`);
}

for (const browser of ['chrome', 'firefox']) {
  const dir = join('dist', browser);
  await writeZip(join('dist', `${product}-${browser}-${version}.zip`), dir, walk(dir));
}

let tracked;
try {
  tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);
} catch (error) {
  fail(`the sources zip lists files with \`git ls-files\`, which failed here: ${error.message}`);
}
// A file deleted in the work tree but not yet in the index cannot go in; say so rather than fail.
const missing = tracked.filter((path) => !existsSync(path));
for (const path of missing) console.warn(`package: tracked but missing, left out of the sources zip: ${path}`);
const sources = tracked.filter((path) => existsSync(path) && statSync(path).isFile()).sort();
await writeZip(join('dist', `${product}-sources-${version}.zip`), '.', sources);
