// npm run glossary:evidence — counts each glossary entry in the Government Work Reports and CPC Congress
// reports of ../shared/corpora, with the extension's own normaliser and matcher, and writes
// src/glossary/evidence.json (committed; the extension ships it, and never reads the corpora).
import { writeFileSync } from 'node:fs';
import { loadCorpora } from './corpora.mjs';
import { withModules } from './load-ts.mjs';

const docs = loadCorpora();
await withModules(
  ['/src/glossary/index.ts', '/src/core/glossary-index.ts', '/src/core/matcher.ts', '/src/core/evidence.ts'],
  (glossary, index, matcher, evidence) => {
    const m = new matcher.Matcher(index.patternsOf(glossary.GLOSSARY));
    const result = evidence.computeEvidence(docs, m);
    // One entry a line, so that regenerating shows reviewable diffs.
    const lines = Object.entries(result.entries).map(([id, e]) => `  ${JSON.stringify(id)}: ${JSON.stringify(e)}`);
    const text = `{\n "collection": ${JSON.stringify(result.collection)},\n "entries": {\n${lines.join(',\n')}\n }\n}\n`;
    writeFileSync('src/glossary/evidence.json', text);
    const found = Object.keys(result.entries).length;
    console.log(
      `Evidence for ${found} of ${glossary.GLOSSARY.length} entries from ${result.collection.gwr.length} Government Work ` +
        `Reports and ${result.collection.congress.length} Congress reports → src/glossary/evidence.json`,
    );
  },
);
