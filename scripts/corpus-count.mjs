// Dev aid: how often each given term occurs in ../shared/corpora, by document.
// Usage: node scripts/corpus-count.mjs 四保 三个一批 ...
import { readFileSync, existsSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const dir = new URL('../../shared/corpora/', import.meta.url);
if (!existsSync(dir)) {
  console.error('corpus-count: ../shared/corpora not found (it sits beside the repo in the dev workspace)');
  process.exit(1);
}
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const docs = [];
for (const file of ['government_work_reports.jsonl', 'cpc_congress_reports.jsonl']) {
  for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    const label = row.year ? `GWR ${row.year}` : row.congress ? `Congress ${row.congress}` : row.title.slice(0, 20);
    docs.push({ label, text: toSimplified(row.content) });
  }
}
for (const term of process.argv.slice(2)) {
  const hits = [];
  let total = 0;
  for (const d of docs) {
    const n = d.text.split(term).length - 1;
    if (n) hits.push(`${d.label}:${n}`);
    total += n;
  }
  console.log(`${term}\ttotal ${total}\t${hits.join(' ')}`);
}
