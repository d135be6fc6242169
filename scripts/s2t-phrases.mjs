// Writes src/core/s2t-phrases.json: the OpenCC simplified→traditional phrases (STPhrases) that occur in
// the glossary's Chinese text or in the interface strings. The full phrase table is about 1 MB; the zh_TW
// interface needs only the phrases it will ever convert, and characters outside them convert one by one.
// Run after the glossary or the locales change: node scripts/s2t-phrases.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import STPhrases from 'opencc-js/dict/STPhrases';

const dataDir = new URL('../src/glossary/data/', import.meta.url);
const chinese = [];
const collect = (value) => {
  if (typeof value === 'string') {
    if (/[\u4e00-\u9fff]/.test(value)) chinese.push(value);
  } else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
for (const file of readdirSync(dataDir).sort()) collect(JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')));
for (const dir of ['../src/i18n/locales/', '../src/options/locales/', '../src/popup/locales/', '../src/ui/']) {
  const url = new URL(dir, import.meta.url);
  let files;
  try {
    files = readdirSync(url);
  } catch {
    continue; // a folder another branch adds
  }
  for (const f of files.filter((n) => /zh_CN\.ts$|\.tsx?$/.test(n)).sort())
    chinese.push(readFileSync(new URL(f, url), 'utf8'));
}
const text = chinese.join('\n');
const kept = STPhrases.split('|').filter((pair) => text.includes(pair.split(' ')[0]));
writeFileSync(new URL('../src/core/s2t-phrases.json', import.meta.url), `${JSON.stringify(kept.join('|'))}\n`);
console.log(`kept ${kept.length} of ${STPhrases.split('|').length} phrases`);
