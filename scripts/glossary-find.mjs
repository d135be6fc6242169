// npm run glossary:find -- 术语 … — is a term already in the glossary? For each term (arguments, or one per
// line on stdin): the entry whose form it is, the entries the matcher finds inside it, and the entries
// whose forms contain it. Writers run it before adding an entry, so that no form is claimed twice.
import { readFileSync } from 'node:fs';
import { withModules } from './load-ts.mjs';

const args = process.argv.slice(2);
const terms = (args.length ? args : readFileSync(0, 'utf8').split('\n')).map((t) => t.trim()).filter(Boolean);

await withModules(
  ['/src/glossary/index.ts', '/src/core/glossary-index.ts', '/src/core/matcher.ts'],
  (glossary, index, matcher) => {
    const entries = glossary.GLOSSARY;
    const m = new matcher.Matcher(index.patternsOf(entries));
    const formsOf = entries.map((e) => ({ id: e.id, forms: [e.term, ...e.variants].map(index.matchForm) }));
    for (const term of terms) {
      const t = index.matchForm(term);
      const exact = formsOf.filter((e) => e.forms.includes(t)).map((e) => e.id);
      const inside = [...new Set(m.findAll(t).map((h) => `${h.id}(${t.slice(h.start, h.end)})`))];
      const containing = formsOf
        .filter((e) => !exact.includes(e.id) && e.forms.some((f) => f !== t && f.includes(t)))
        .map((e) => e.id)
        .slice(0, 8);
      const verdict = exact.length ? 'EXACT' : inside.length ? 'PART' : 'NONE';
      console.log(
        [term, verdict, exact.join(',') || '-', inside.join(',') || '-', containing.join(',') || '-'].join('\t'),
      );
    }
  },
);
