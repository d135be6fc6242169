import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyPage, type PageSignals } from '../../src/core/classify';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { normalize } from '../../src/core/normalize';
import { GLOSSARY } from '../../src/glossary';
import { DYNAMIC_PAGES } from '../../scripts/dynamic-pages.mjs';

const matcher = new Matcher(patternsOf(GLOSSARY));

function signals(title: string, text: string, hostname = 'example.com'): PageSignals {
  const hits = matcher.findAll(normalize(`${title}\n${text}`).text);
  return { title, text, hostname, termHits: hits.length, distinctTerms: new Set(hits.map((h) => h.id)).size };
}

const reference = readFileSync(new URL('../fixtures/reference-report.txt', import.meta.url), 'utf8');
/** Visible text of a fixture page, without tags or scripts. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&gt;/g, '>');

describe('classifyPage', () => {
  it('knows the reference report as published (traditional, pinyin noise)', () => {
    const v = classifyPage(signals('市領(lǐng)導(dǎo)帶隊(duì)觀摩', reference));
    expect(v.kind).toBe('policy-report');
    expect(v.reasons[0]).toBe('本报讯 lede');
    expect(v.reasons.join(' ')).toMatch(/official titles.*terms/);
  });

  it('keeps a web novel about county officials out', () => {
    const html = DYNAMIC_PAGES['/novel.html']();
    const v = classifyPage(signals('官路青云 第一百二十章 招商 - 小说阅读网', textOf(html)));
    expect(v.kind).toBe('chinese');
    expect(v.reasons).toContain('looks like fiction');
  });

  it('calls an English analysis with a few Chinese words "other"', () => {
    const text = 'Analysts expect the plenum to stress 新质生产力 and common prosperity. '.repeat(40);
    expect(classifyPage(signals('China outlook', text)).kind).toBe('other');
  });

  it('counts a government host as a signal', () => {
    const text = '会议强调,要坚持稳中求进工作总基调,扎实推进乡村振兴。'.repeat(3);
    const onGov = classifyPage(signals('会议', text, 'www.zhoukou.gov.cn'));
    const elsewhere = classifyPage(signals('会议', text, 'blog.example.com'));
    expect(onGov.score - elsewhere.score).toBe(2);
    expect(onGov.reasons).toContain('government or Party-media site');
  });
});

describe('the detection evaluation set (eval/detect)', () => {
  const pages = readFileSync(new URL('../../eval/detect/pages.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map(
      (l) =>
        JSON.parse(l) as {
          url: string;
          label: string;
          title?: string;
          excerpt: string;
          hostname?: string;
          hard_negative: boolean;
        },
    );
  const verdicts = pages.map((p) => ({ p, v: classifyPage(signals(p.title ?? '', p.excerpt, p.hostname)) }));

  it('has at least 30 reports and 30 other pages', () => {
    expect(pages.filter((p) => p.label === 'report').length).toBeGreaterThanOrEqual(30);
    expect(pages.filter((p) => p.label !== 'report').length).toBeGreaterThanOrEqual(30);
  });

  it('detects every report', () => {
    const missed = verdicts
      .filter(({ p, v }) => p.label === 'report' && v.kind !== 'policy-report')
      .map(({ p }) => p.url);
    expect(missed).toEqual([]);
  });

  it('detects no hard negative as a report', () => {
    const wrong = verdicts.filter(({ p, v }) => p.hard_negative && v.kind === 'policy-report').map(({ p }) => p.url);
    expect(wrong).toEqual([]);
  });
});
