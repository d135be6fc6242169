// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { explainTerm } from '../../src/core/explain';
import { displayHeadword } from '../../src/core/headword';
import { readingOf } from '../../src/core/pinyin';
import { GLOSSARY } from '../../src/glossary';
import { setLocale } from '../../src/i18n';
import { setTraditionalPage } from '../../src/ui/traditional';
import { sourceText } from '../../src/ui/term-text';
import { TermCard, type TermCardDisplay } from '../../src/ui/card/TermCard';
import { mount } from './dom-helpers';

const lookup = (id: string) => GLOSSARY.find((e) => e.id === id);
const explained = (term: string, near = '') =>
  explainTerm(
    GLOSSARY.find((e) => e.term === term)!,
    lookup,
    { near, page: near },
  );
const both: TermCardDisplay = { language: 'both', pinyin: true };

const text = (el: Element | null | undefined) => el?.textContent ?? '';
/** The first view: everything outside <details>. */
const firstView = (root: HTMLElement) =>
  [...root.querySelector('.term-card')!.children]
    .filter((el) => el.tagName !== 'DETAILS')
    .map(text)
    .join(' ');

afterEach(() => {
  setLocale('en');
  setTraditionalPage(false);
});

describe('the card view', () => {
  it('leads with the form on the page and points to the headword when they differ', () => {
    const root = mount(<TermCard surface="專精特新" term={explained('专精特新')} display={both} />);
    expect(text(root.querySelector('.term'))).toBe('專精特新');
    expect(text(root.querySelector('.headword'))).toBe('→ 专精特新');
    expect(text(root.querySelector('.name'))).toContain('zhuān jīng tè xīn');
    const same = mount(<TermCard surface="专精特新" term={explained('专精特新')} display={both} />);
    expect(same.querySelector('.headword')).toBeNull();
  });

  it('answers a traditional page in traditional characters, with no arrow to the same headword', () => {
    setTraditionalPage(true);
    const term = explained('专精特新');
    const root = mount(<TermCard surface="專精特新" term={term} display={{ ...both, details: true }} />);
    expect(root.querySelector('.headword')).toBeNull();
    const zh = root.querySelector('.explanation[lang="zh-Hant"]');
    expect(text(zh)).not.toBe('');
    expect(text(zh)).not.toBe(term.explanation.zh);
    setTraditionalPage(false);
    const simplified = mount(<TermCard surface="專精特新" term={term} display={{ ...both, details: true }} />);
    expect(text(simplified.querySelector('.explanation[lang="zh-Hans"]'))).toBe(term.explanation.zh);
  });

  it('keeps the explanation, scope, source, evidence and related terms under More, closed unless asked', () => {
    const term = explained('四保', '白名单 疫情 河南');
    const root = mount(<TermCard surface="四保" term={term} display={both} />);
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('More');
    expect(text(details)).toContain(term.explanation.en);
    expect(text(details)).toContain('Henan');
    expect(firstView(root)).not.toContain(term.explanation.en);
    expect(firstView(root)).toContain('保生产经营');
    expect(firstView(root)).not.toMatch(/other sense/);
    const open = mount(<TermCard surface="四保" term={term} display={{ ...both, details: true }} />);
    expect(open.querySelector('details')!.open).toBe(true);
  });

  it('opens a related term through the action it is given', () => {
    const term = explained('四保', '白名单 疫情 河南');
    expect(term.related.length).toBeGreaterThan(0);
    const onRelated = vi.fn();
    const root = mount(<TermCard surface="四保" term={term} display={both} onRelated={onRelated} />);
    (root.querySelector('button.related-term') as HTMLButtonElement).click();
    expect(onRelated).toHaveBeenCalledWith(term.related[0]!.id, term.related[0]!.term);
  });

  it('shows a long expansion condensed, the rest under More', () => {
    const long = GLOSSARY.find((e) => (e.expansion?.length ?? 0) >= 8 && !e.senses)!;
    const term = explainTerm(long, lookup, { near: '', page: '' });
    const root = mount(<TermCard surface={term.term} term={term} display={both} />);
    const condensed = root.querySelectorAll('.expansion.condensed li:not(.rest)');
    expect(condensed.length).toBe(5);
    expect(text(root.querySelector('.rest'))).toBe(`+${long.expansion!.length - 5} more under More`);
    expect(root.querySelectorAll('details .expansion li').length).toBe(long.expansion!.length - 5);
  });

  it('in Chinese shows no English name or English gloss, and the first sentence of the Chinese explanation', () => {
    setLocale('zh_CN');
    const term = explained('专精特新');
    const root = mount(<TermCard surface="专精特新" term={term} display={{ language: 'zh', pinyin: false }} />);
    expect(root.querySelector('.english')).toBeNull();
    expect(text(root.querySelector('.gloss'))).not.toMatch(/[A-Za-z]{3}/);
    expect(text(root.querySelector('summary'))).toBe('更多');
  });
});

describe('small things', () => {
  it('writes headwords without ASCII quotes', () => {
    expect(displayHeadword('"两重"')).toBe('两重');
    expect(displayHeadword('国务院"约法三章"')).toBe('国务院“约法三章”');
    expect(displayHeadword('"三争"行动')).toBe('“三争”行动');
    const quoted = GLOSSARY.filter((e) => e.term.includes('"'));
    for (const e of quoted) expect(explainTerm(e, lookup, { near: '', page: '' }).term).not.toContain('"');
  });

  it('gives dictionary tones: 一 is yī and 不 is bù, not their sandhi', () => {
    expect(readingOf({ term: '三个一批' })).toBe('sān gè yī pī');
    expect(readingOf({ term: '不发生规模性返贫' })).toMatch(/^bù fā shēng/);
    expect(readingOf({ term: '"两重"' })).toBe('liǎng chóng');
  });

  it('does not repeat the source year the document already names', () => {
    expect(sourceText({ body: 'State Council', document: '2025 Government Work Report', year: 2025 })).toBe(
      'State Council, 2025 Government Work Report',
    );
    expect(sourceText({ body: 'CPC Central Committee', year: 2015 })).toBe('CPC Central Committee, 2015');
  });
});
